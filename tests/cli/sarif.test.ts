import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { repositoryRoot, runCli, temporaryFolder } from '../helpers/cli.js';
import { policyWith } from '../helpers/policy.js';

const schema = JSON.parse(readFileSync(join(repositoryRoot, 'tests/fixtures/sarif/sarif-2.1.0.json'), 'utf8'));
const validateSarif = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

const policy = policyWith(`
rule yjb-within-24-hours [004:301]
    implements serious-incidents-2022.notify-yjb
    when notifiable-charge
    line-manager must notify yjb "serious incident notification" within 24 hours of the charge
rule dup
    when sentence
    case-holder must "identify MAPPA eligibility" within 3 days of the sentence
`, '    conforms to serious-incidents-2022');

describe('riskpolicy check --format sarif', () => {
    test('is valid SARIF 2.1.0 and carries every finding with its rule, location and related locations', () => {
        const folder = temporaryFolder({ 'p.riskpolicy': policy });
        const json = runCli(['check', '--format', 'json', 'p.riskpolicy'], folder);
        const result = runCli(['check', '--format', 'sarif', 'p.riskpolicy'], folder);
        expect(result.status).toBe(1);
        const log = JSON.parse(result.stdout);
        expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
        const findings = JSON.parse(json.stdout) as Array<{ code: string, range: { start: { line: number } } }>;
        const results = log.runs[0].results as Array<{ ruleId: string, level: string, locations: Array<{ physicalLocation: { artifactLocation: { uri: string }, region: { startLine: number } } }>, relatedLocations?: unknown[], properties?: Record<string, unknown> }>;
        expect(results.map(entry => [entry.ruleId, entry.locations[0].physicalLocation.region.startLine])).toEqual(findings.map(finding => [finding.code, finding.range.start.line]));
        expect(log.runs[0].tool.driver.name).toBe('riskpolicy');
        expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([...new Set(findings.map(finding => finding.code))].sort());
        const anchor = results.find(entry => entry.ruleId === 'anchor-differs');
        expect(anchor?.level).toBe('error');
        expect(anchor?.locations[0].physicalLocation.artifactLocation.uri).toBe('p.riskpolicy');
        expect(anchor?.relatedLocations).toHaveLength(1);
        expect(anchor?.properties).toMatchObject({
            requirement: { standard: 'serious-incidents-2022', id: 'notify-yjb' },
            counterexample: { localDue: '2025-01-04T16:30', nationalDue: '2025-01-07T23:59' }
        });
    });

    test('a clean file gives a valid log with no results', () => {
        const folder = temporaryFolder({ 'ok.riskpolicy': policyWith('') });
        const result = runCli(['check', '--format', 'sarif', 'ok.riskpolicy'], folder);
        expect(result.status).toBe(0);
        const log = JSON.parse(result.stdout);
        expect(validateSarif(log)).toBe(true);
        expect(log.runs[0].results).toEqual([]);
    });
});
