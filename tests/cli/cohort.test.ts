import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, temporaryFolder } from '../helpers/cli.js';
import { policyWith } from '../helpers/policy.js';

const policy = policyWith(`
rule discuss-high [003:64]
    when RoSH becomes High or above
    line-manager must "discuss the rating" with case-holder within 24 hours of the judgement
    case-holder must "complete pathways and planning" within 5 working days of the judgement countersigned by line-manager
    case-holder must refer to MARP by the next meeting of MARP
rule assetplus-review [003:46]
    while child is open-to-service
    case-holder must "review AssetPlus" at least every 12 weeks
`);

describe('riskpolicy cohort', () => {
    test('the same seed gives identical JSON; another seed gives another result', () => {
        const folder = temporaryFolder({ 'p.riskpolicy': policy });
        const first = runCli(['cohort', 'p.riskpolicy', '--cases', '300', '--seed', '7'], folder);
        const second = runCli(['cohort', 'p.riskpolicy', '--cases', '300', '--seed', '7'], folder);
        const other = runCli(['cohort', 'p.riskpolicy', '--cases', '300', '--seed', '8'], folder);
        expect(first.status).toBe(0);
        expect(first.stdout).toBe(second.stdout);
        expect(first.stdout).not.toBe(other.stdout);
        const report = JSON.parse(first.stdout);
        expect(report).toMatchObject({ policy: 'test-policy', cases: 300, parameters: { seed: 7, cases: 300, months: 12, from: '2025-01-01' } });
        expect(report.workload.length).toBeGreaterThan(40);
        expect(report.panels.length).toBeGreaterThan(10);
        expect(report.panels.every((entry: { panel: string, date: string }) => entry.panel === 'MARP' && new Date(entry.date).getUTCDay() === 2)).toBe(true);
        expect(report.countersignatures.every((entry: { approver: string }) => entry.approver === 'line-manager')).toBe(true);
        const review = report.breaches.find((entry: { rule: string }) => entry.rule === 'assetplus-review');
        expect(review.rate).toBeGreaterThan(0.05);
        expect(review.rate).toBeLessThan(0.3);
        expect(first.stderr).toMatch(/^Simulated 300 cases \(\d+ obligations\) in [\d.]+ s\.\n$/);
    });

    test('writes CSV and self-contained HTML', () => {
        const folder = temporaryFolder({ 'p.riskpolicy': policy });
        expect(runCli(['cohort', 'p.riskpolicy', '--cases', '50', '--format', 'csv', '--out', 'c.csv'], folder).status).toBe(0);
        const csv = readFileSync(join(folder, 'c.csv'), 'utf8').split('\n');
        expect(csv[0]).toBe('table,name,period,count,rate');
        expect(csv.some(line => line.startsWith('breaches,discuss-high,,'))).toBe(true);
        expect(runCli(['cohort', 'p.riskpolicy', '--cases', '50', '--format', 'html', '--out', 'c.html'], folder).status).toBe(0);
        const page = readFileSync(join(folder, 'c.html'), 'utf8');
        expect(page).not.toMatch(/<script|https?:\/\//);
        expect(page).toContain('Missed deadlines per rule');
    });

    test.each([
        [['--cases', '0'], /--cases must be a whole number of at least 1/],
        [['--seed', 'abc'], /--seed must be a whole number/],
        [['--from', '01/01/2025'], /--from must be a date written YYYY-MM-DD/],
        [['--mix', 'missing.json'], /missing.json: cannot read the mix file/]
    ])('rejects %j with exit 2', (args, message) => {
        const folder = temporaryFolder({ 'p.riskpolicy': policy });
        const result = runCli(['cohort', 'p.riskpolicy', ...args], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stdout).toBe('');
    });

    test('a mix file overrides the default mix', () => {
        const folder = temporaryFolder({ 'p.riskpolicy': policy, 'mix.json': JSON.stringify({ completion: { onTime: 1, late: 0, never: 0, lateDays: 1 } }) });
        const result = runCli(['cohort', 'p.riskpolicy', '--cases', '100', '--mix', 'mix.json'], folder);
        expect(result.stderr).toMatch(/^Simulated 100 cases/);
        const report = JSON.parse(result.stdout);
        expect(report.breaches.every((entry: { missed: number }) => entry.missed === 0)).toBe(true);
        expect(report.parameters.mix.caseTypes['statutory-order']).toBe(55);
    });
});
