import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { repositoryRoot, runCli, temporaryFolder } from '../helpers/cli.js';
import { policyWith } from '../helpers/policy.js';

const schema = JSON.parse(readFileSync(join(repositoryRoot, 'packages/engine/schema/riskpolicy-ir.schema.json'), 'utf8'));
const validateIr = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const fixture = readFileSync(join(repositoryRoot, 'tests/fixtures/valid/all-constructs.riskpolicy'), 'utf8');

describe('riskpolicy compile --target json', () => {
    test('writes IR that is valid against the committed JSON Schema', () => {
        const folder = temporaryFolder({ 'all.riskpolicy': fixture });
        const result = runCli(['compile', 'all.riskpolicy', '--target', 'json'], folder);
        expect(result.status).toBe(0);
        const ir = JSON.parse(result.stdout);
        expect(validateIr(ir), JSON.stringify(validateIr.errors)).toBe(true);
        expect(ir).toMatchObject({ kind: 'policy', id: 'all-constructs', irVersion: 1, version: '2' });
        expect(ir.rules.map((rule: { id: string }) => rule.id)).toEqual(['discuss-high-rating', 'review-while-high', 'lowering-needs-panel', 'serious-incident', 'contact-levels', 'internal-meeting', 'newer-constructs']);
    });

    test('every IR node that came from the file keeps its source range and citations', () => {
        const folder = temporaryFolder({ 'all.riskpolicy': fixture });
        const ir = JSON.parse(runCli(['compile', 'all.riskpolicy'], folder).stdout);
        const rule = ir.rules.find((candidate: { id: string }) => candidate.id === 'discuss-high-rating');
        const line = fixture.split('\n').findIndex(text => text.startsWith('rule discuss-high-rating')) + 1;
        expect(rule.source).toEqual({ file: 'all.riskpolicy', start: { line, column: 1 }, end: { line: line + 6, column: expect.any(Number) } });
        expect(rule.citations).toEqual([
            { text: '[003 §4.2.1]', document: '003', section: '4.2.1' },
            { text: '[003:64]', document: '003', lines: { from: 64, to: 64 } }
        ]);
        expect(rule.duties[0].source.start.line).toBe(line + 2);
    });

    test('--out writes the file and nothing to standard output', () => {
        const folder = temporaryFolder({ 'all.riskpolicy': fixture });
        const result = runCli(['compile', 'all.riskpolicy', '--out', 'all.json'], folder);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('');
        expect(validateIr(JSON.parse(readFileSync(join(folder, 'all.json'), 'utf8')))).toBe(true);
    });

    test('a policy with errors is not compiled and nothing is written', () => {
        const folder = temporaryFolder({ 'bad.riskpolicy': policyWith('rule r\n    case-holder must "x" within 3 days of the sentence\n') });
        const result = runCli(['compile', 'bad.riskpolicy', '--out', 'bad.json'], folder);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('error ambiguous-days');
        expect(result.stderr).toContain('bad.riskpolicy: not compiled: fix the 1 error above first.');
        expect(readdirSync(folder)).toEqual(['bad.riskpolicy']);
    });

    test.each([
        ['into a folder that does not exist', 'missing/all.json', /^riskpolicy: missing\/all\.json: not written: the folder missing does not exist\. Create it first or choose another path\.\n$/],
        ['onto a folder', 'output', /^riskpolicy: output: not written: this is a folder\. Give a file name\.\n$/]
    ])('--out %s says why nothing was written and what to do, and leaves no temporary file', (_, out, message) => {
        const folder = temporaryFolder({ 'all.riskpolicy': fixture, 'output/keep.txt': 'kept' });
        const result = runCli(['compile', 'all.riskpolicy', '--out', out], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(readdirSync(folder).sort()).toEqual(['all.riskpolicy', 'output']);
        expect(readdirSync(join(folder, 'output'))).toEqual(['keep.txt']);
    });

    test('a policy that departs from a national standard compiles as written, and says how many departures check reports', () => {
        const text = policyWith('rule tell-yjb implements serious-incidents-2022.notify-yjb\n    when notifiable-charge\n    service-manager must notify yjb "serious incident notification" within 5 working days of becoming-aware\n', '    conforms to serious-incidents-2022');
        const folder = temporaryFolder({ 'late.riskpolicy': text });
        const checked = runCli(['check', 'late.riskpolicy', '--format', 'json'], folder);
        const departures = JSON.parse(checked.stdout).filter((finding: { severity: string }) => finding.severity === 'error');
        expect(departures.map((finding: { code: string }) => finding.code)).toContain('deadline-later');
        const result = runCli(['compile', 'late.riskpolicy', '--out', 'late.json'], folder);
        expect(result.status).toBe(0);
        expect(result.stderr).toContain(`late.riskpolicy: compiled as written, with ${departures.length} error${departures.length === 1 ? '' : 's'} against the national standards or in the policy as a whole; run riskpolicy check late.riskpolicy to see`);
        const ir = JSON.parse(readFileSync(join(folder, 'late.json'), 'utf8'));
        expect(validateIr(ir)).toBe(true);
        expect(ir.rules.find((rule: { id: string }) => rule.id === 'tell-yjb').duties[0].timing).toMatchObject({ duration: { value: 5, unit: 'working-days' } });
    });

    test('a scenarios file cannot be compiled', () => {
        const folder = temporaryFolder({ 'p.riskpolicy': policyWith(''), 's.riskpolicy': 'scenarios for test-policy\n' });
        const result = runCli(['compile', 's.riskpolicy'], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/compile takes a policy or a standard/);
    });

    test('an unknown target is a usage error', () => {
        const folder = temporaryFolder({ 'p.riskpolicy': policyWith('') });
        const result = runCli(['compile', 'p.riskpolicy', '--target', 'pdf'], folder);
        expect(result.status).toBe(2);
        expect(existsSync(join(folder, 'p.json'))).toBe(false);
    });
});
