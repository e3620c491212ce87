import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, temporaryFolder } from '../helpers/cli.js';
import { policyWith } from '../helpers/policy.js';

const policy = policyWith(`
rule discuss-high "Discuss a High rating within 24 hours" [003:64]
    when RoSH becomes High or above
    line-manager must "discuss the rating" with case-holder within 24 hours of the judgement
    case-holder must refer to MARP by the next meeting of MARP
    if missed escalate via overdue
`);

const passing = `scenarios for test-policy
case "High rating before Christmas" [003:64]
    2024-12-20 RoSH assessed High
    2024-12-20 11:00 line-manager completed "discuss the rating"
    expect "discuss the rating" due 2024-12-21 09:00
    expect "refer to MARP" due 2024-12-24
`;

const failing = `scenarios for test-policy
case "Wrong date expected" [003:64]
    2024-12-20 RoSH assessed High
    expect "discuss the rating" due 2024-12-23
`;

function folder(scenarios: Record<string, string>): string {
    return temporaryFolder({ 'policy.riskpolicy': policy, ...Object.fromEntries(Object.entries(scenarios).map(([name, text]) => [`scenarios/${name}`, text])) });
}

describe('riskpolicy test', () => {
    test('passes and exits 0 when every expectation holds, ending with a plain count', () => {
        const result = runCli(['test', 'scenarios'], folder({ 'ok.riskpolicy': passing }));
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('PASS High rating before Christmas (2 expectations)');
        expect(result.stdout.trim().split('\n').pop()).toBe('1 passed, 0 failed');
    });

    test('fails with a readable expected-against-actual message and exits 1', () => {
        const result = runCli(['test', 'scenarios'], folder({ 'ok.riskpolicy': passing, 'bad.riskpolicy': failing }));
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('FAIL Wrong date expected (1 expectation)');
        expect(result.stdout).toContain('scenarios/bad.riskpolicy:4: expected "discuss the rating" due Mon 23 Dec 2024; the simulation has due Sat 21 Dec 2024 09:00 (rule discuss-high: 24 hours from Fri 20 Dec 2024 09:00 is Sat 21 Dec 2024 09:00.)');
        expect(result.stdout.trim().split('\n').pop()).toBe('1 passed, 1 failed');
    });

    test('--coverage lists the rules that applied and those that never did', () => {
        const result = runCli(['test', '--coverage', 'scenarios'], folder({ 'ok.riskpolicy': passing }));
        expect(result.stdout).toContain('test-policy: 1 of 1 rules applied in at least one scenario');
    });

    test('--format json gives each case and expectation', () => {
        const result = runCli(['test', '--format', 'json', 'scenarios'], folder({ 'bad.riskpolicy': failing }));
        expect(JSON.parse(result.stdout)).toMatchObject([{ policy: 'test-policy', cases: [{ name: 'Wrong date expected', passed: false, expectations: [{ line: 4, kind: 'due', passed: false }] }] }]);
    });

    test('a folder without scenarios is a usage error', () => {
        const result = runCli(['test', 'policy.riskpolicy'], folder({}));
        expect(result).toMatchObject({ status: 2 });
        expect(result.stderr).toMatch(/no scenarios found/);
    });
});

describe('riskpolicy simulate', () => {
    test('prints the timeline with reasons, finds a case by name, and writes self-contained HTML', () => {
        const where = folder({ 'ok.riskpolicy': passing });
        const text = runCli(['simulate', 'policy.riskpolicy', '--scenario', 'High rating before Christmas'], where);
        expect(text.status).toBe(0);
        expect(text.stdout).toContain('met       discuss the rating — line-manager, due Sat 21 Dec 2024 09:00 [discuss-high]');
        expect(text.stdout).toContain('by the next meeting of MARP on Tue 24 Dec 2024 (MARP meets every 2 weeks on Tuesday)');
        const json = runCli(['simulate', 'policy.riskpolicy', '--scenario', 'scenarios/ok.riskpolicy', '--format', 'json'], where);
        expect(JSON.parse(json.stdout)[0].obligations.map((obligation: { task: string }) => obligation.task)).toEqual(['discuss the rating', 'refer to MARP']);
        const html = runCli(['simulate', 'policy.riskpolicy', '--scenario', 'scenarios/ok.riskpolicy', '--format', 'html', '--out', 'timeline.html'], where);
        expect(html.status).toBe(0);
        const page = readFileSync(join(where, 'timeline.html'), 'utf8');
        expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
        expect(page).not.toMatch(/<script|https?:\/\//);
        expect(page).toContain('High rating before Christmas');
    });

    test('an unknown case is a usage error', () => {
        const result = runCli(['simulate', 'policy.riskpolicy', '--scenario', 'No such case'], folder({ 'ok.riskpolicy': passing }));
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/no case of that name/);
    });
});
