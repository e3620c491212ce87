import { describe, expect, test } from 'vitest';
import { runCli, temporaryFolder } from '../helpers/cli.js';
import { policyWith } from '../helpers/policy.js';

const transitionFindings = (stdout: string) => stdout.split('\n').filter(line => /national-duty-missing No local rule carries out transitions-2021\./.test(line));

describe('riskpolicy --standards', () => {
    test('check holds the policy to the named packs as well as those it conforms to', () => {
        const plain = runCli(['check', 'examples/somerset']);
        const held = runCli(['check', 'examples/somerset', '--standards', 'transitions-2021']);
        expect(transitionFindings(plain.stdout)).toEqual([]);
        expect(transitionFindings(held.stdout).length).toBeGreaterThan(5);
        expect(transitionFindings(held.stdout)[0]).toContain('from a pack this policy does not conform to but every policy is checked against');
        expect(held.status).toBe(1);
    });

    test('coverage lists the extra pack and says the policy is checked against it', () => {
        const result = runCli(['coverage', 'examples/somerset/somerset.riskpolicy', '--standards', 'transitions-2021', '--format', 'json']);
        expect(result.status).toBe(0);
        const report = JSON.parse(result.stdout);
        expect(report.conformsTo).not.toContain('transitions-2021');
        expect(report.checkedAgainst).toContain('transitions-2021');
        expect(report.requirements.some((entry: { requirement: { standard: string } }) => entry.requirement.standard === 'transitions-2021')).toBe(true);
        const text = runCli(['coverage', 'examples/somerset/somerset.riskpolicy', '--standards', 'transitions-2021']).stdout;
        expect(text.split('\n')[0]).toContain('; also checked against transitions-2021');
    });

    test('a pack that does not exist is refused by name, with the packs there are, and nothing is printed', () => {
        const result = runCli(['check', 'examples/somerset', '--standards', 'yjb-standards-2019,no-such-pack']);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain("no standard pack named 'no-such-pack'; the packs are case-management-guidance-2022,");
        expect(result.stderr).not.toMatch(/\n\s+at /);
    });
});

describe('riskpolicy --calendar', () => {
    test('a policy with no calendar line runs on the chosen region\'s bank holidays', () => {
        // Somerset's Easter scenario counts Easter Monday, which is not a bank holiday in Scotland.
        const wales = runCli(['test', 'examples/somerset']);
        const scotland = runCli(['test', 'examples/somerset', '--calendar', 'scotland']);
        expect(wales.status).toBe(0);
        expect(scotland.status).toBe(1);
        expect(scotland.stdout).toContain('FAIL AssetPlus due over Easter 2025');
    });

    test('a policy\'s own calendar line wins over the option', () => {
        expect(runCli(['test', 'examples/tower-hamlets', '--calendar', 'scotland']).status).toBe(0);
    });

    test('compile writes the chosen region into the IR of a policy that names none', () => {
        const folder = temporaryFolder({ 'p.riskpolicy': policyWith('') });
        expect(JSON.parse(runCli(['compile', 'p.riskpolicy'], folder).stdout).calendar.region).toBe('england-and-wales');
        expect(JSON.parse(runCli(['compile', 'p.riskpolicy', '--calendar', 'northern-ireland'], folder).stdout).calendar.region).toBe('northern-ireland');
    });

    test('an unknown region is refused with the regions there are', () => {
        const result = runCli(['simulate', 'examples/somerset/somerset.riskpolicy', '--scenario', 'x', '--calendar', 'wales']);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('Allowed choices are england-and-wales, scotland, northern-ireland.');
    });
});

describe('riskpolicy check --severity', () => {
    const text = policyWith('rule r\n    when sentence\n    case-holder must "identify MAPPA eligibility" within 3 days of the sentence\n');

    test('reports a code at the severity asked for, and the exit code follows', () => {
        const folder = temporaryFolder({ 'p.riskpolicy': text });
        const plain = runCli(['check', 'p.riskpolicy'], folder);
        expect(plain.status).toBe(1);
        expect(plain.stdout).toMatch(/ error ambiguous-days /);
        const lowered = runCli(['check', 'p.riskpolicy', '--severity', 'ambiguous-days=warning'], folder);
        expect(lowered.status).toBe(0);
        expect(lowered.stdout).toMatch(/ warning ambiguous-days /);
        const hidden = runCli(['check', 'p.riskpolicy', '--severity', 'ambiguous-days=off,level-gap=hint', '--format', 'json'], folder);
        expect(hidden.status).toBe(0);
        expect(JSON.parse(hidden.stdout).map((finding: { code: string }) => finding.code)).not.toContain('ambiguous-days');
    });

    test.each([
        ['a misspelt code, with the one it probably means', 'ambigous-days=off', "riskpolicy: --severity ambigous-days=off: 'ambigous-days' is not a finding code; did you mean 'ambiguous-days'?\n"],
        ['an unknown level', 'ambiguous-days=loud', "riskpolicy: --severity ambiguous-days=loud: 'loud' for ambiguous-days is not one of error, warning, information, hint, off.\n"],
        ['no level', 'ambiguous-days', 'riskpolicy: --severity ambiguous-days: write code=level, for example --severity ambiguous-days=warning.\n'],
        ['syntax errors', 'syntax-error=off', 'riskpolicy: --severity syntax-error=off: syntax-error cannot be overridden: a file that cannot be read makes every other finding unreliable.\n']
    ])('refuses %s with exit 2 and nothing on standard output', (_, value, message) => {
        const result = runCli(['check', 'p.riskpolicy', '--severity', value], temporaryFolder({ 'p.riskpolicy': text }));
        expect(result).toMatchObject({ status: 2, stdout: '', stderr: message });
    });
});
