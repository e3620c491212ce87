import { cpSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repositoryRoot, runCli, temporaryFolder } from '../helpers/cli.js';

const examples = ['tower-hamlets', 'somerset', 'enfield'];

describe('the examples\' scenarios', () => {
    test('riskpolicy test examples passes every case', () => {
        const result = runCli(['test', 'examples']);
        expect(result.stdout).not.toContain('FAIL');
        expect(result.status).toBe(0);
        expect(result.stdout.trim().split('\n').pop()).toMatch(/^\d+ passed, 0 failed$/);
    });

    test.each(examples)('%s has at least five cases', name => {
        const result = runCli(['test', '--format', 'json', join('examples', name, 'scenarios')]);
        const files = JSON.parse(result.stdout) as Array<{ cases: unknown[] }>;
        expect(files.flatMap(file => file.cases).length).toBeGreaterThanOrEqual(5);
    });

    test('changing a deadline in the policy (24 hours to 48 hours) fails the scenario that tests it, saying why', () => {
        const folder = temporaryFolder();
        cpSync(join(repositoryRoot, 'examples', 'somerset'), folder, { recursive: true });
        const policyFile = join(folder, 'somerset.riskpolicy');
        const original = readFileSync(policyFile, 'utf8');
        const broken = original.replace('and within 24 hours of the judgement', 'and within 48 hours of the judgement');
        expect(broken).not.toBe(original);
        writeFileSync(policyFile, broken);
        const before = runCli(['test', join(repositoryRoot, 'examples', 'somerset', 'scenarios')]);
        expect(before.status).toBe(0);
        const after = runCli(['test', 'scenarios'], folder);
        expect(after.status).toBe(1);
        expect(after.stdout).toMatch(/FAIL /);
        expect(after.stdout).toMatch(/expected "discuss the rating" due .*; the simulation has due .* \(rule high-rating-discussion: 48 hours from /);
        expect(readdirSync(join(folder, 'scenarios')).length).toBeGreaterThan(0);
    });
});

describe('riskpolicy coverage on an example', () => {
    test('Enfield: every requirement of its six packs is accounted for, and the totals add up', () => {
        const result = runCli(['coverage', '--format', 'json', 'examples/enfield/enfield.riskpolicy']);
        expect(result.status).toBe(0);
        const report = JSON.parse(result.stdout) as { conformsTo: string[], totals: Record<string, number>, requirements: Array<{ status: string, requirement: { standard: string } }> };
        expect(report.conformsTo).toEqual(['yjb-standards-2019', 'case-management-guidance-2022', 'mappa-guidance-2022', 'serious-incidents-2022', 'victim-and-safeguarding-duties', 'transitions-2021']);
        const { all, ...byStatus } = report.totals;
        expect(Object.values(byStatus).reduce((sum, count) => sum + count, 0)).toBe(all);
        expect(all).toBe(report.requirements.length);
        // The six packs hold 8 + 56 + 51 + 4 + 10 + 16 requirements; Enfield also implements the 2013 pack's three.
        expect(all).toBe(145 + 3);
        for (const status of ['implemented', 'tightened', 'laxer', 'missing', 'not-applicable']) {
            expect(byStatus[status], status).toBe(report.requirements.filter(entry => entry.status === status).length);
        }
        expect(byStatus.missing).toBeGreaterThan(0);
        expect(byStatus['not-applicable']).toBeGreaterThan(0);
        const text = runCli(['coverage', 'examples/enfield/enfield.riskpolicy']).stdout;
        expect(text.trim().split('\n').pop()).toBe(`Totals: ${['implemented', 'tightened', 'laxer', 'missing', 'external', 'not-applicable'].map(status => `${status} ${byStatus[status]}`).join(', ')} (${all} requirements)`);
    });
});
