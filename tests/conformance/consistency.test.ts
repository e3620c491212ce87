import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { checkConsistency } from '@riskpolicy/engine';
import { clearTestDocuments, createTestServices, type Services } from '../helpers/services.js';
import { lowerValidPolicy } from '../helpers/lower.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

async function consistencyOf(body: string, header = '') {
    const text = policyWith(body, header);
    return { text, findings: checkConsistency(await lowerValidPolicy(services, text)) };
}

function lineOf(text: string, marker: string): number {
    return text.split('\n').findIndex(line => line.includes(marker)) + 1;
}

describe('consistency inside one policy', () => {
    test('overlapping-rules: the same review at two intervals for the same children', async () => {
        const { text, findings } = await consistencyOf(`
rule six-monthly [004:12]
    while child is open-to-service
    case-holder should "review and update the AssetPlus assessment" at least every 6 months and on significant-change
rule three-monthly [004:500]
    while child is open-to-service
    case-holder must "review and update the AssetPlus assessment" at least every 3 months and on significant-change
`);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({
            code: 'overlapping-rules', severity: 'error',
            location: { start: { line: lineOf(text, 'at least every 3 months') } },
            related: [{ location: { start: { line: lineOf(text, 'at least every 6 months') } } }],
            counterexample: { facts: ['the child is open-to-service'] }
        });
        expect(findings[0].message).toContain('at least every 6 months against at least every 3 months');
    });

    test('overlapping-rules: different actors for the same duty is a warning', async () => {
        const { findings } = await consistencyOf(`
rule manager-refers
    when RoSH becomes High or above
    line-manager must refer to MARP
rule holder-refers
    when RoSH becomes exactly High
    case-holder must refer to MARP
`);
        expect(findings).toMatchObject([{ code: 'overlapping-rules', severity: 'warning', counterexample: { facts: ['RoSH is judged High'] } }]);
    });

    test('the same clock, after and before: a contradiction', async () => {
        const { findings } = await consistencyOf(`
rule after-release
    when release
    case-holder must "update the plan" within 5 working days of release
rule before-release
    when release
    case-holder must "update the plan" 10 working days before release
`);
        expect(findings.map(finding => finding.code)).toEqual(['overlapping-rules']);
        expect(findings[0].message).toContain('5 working days of release against 10 working days before release');
    });

    test('no overlap when the triggers cannot coincide, or the deadlines run from different events', async () => {
        const { findings } = await consistencyOf(`
rule high
    when RoSH becomes exactly High
    case-holder must refer to MARP within 5 working days of the judgement
rule very-high
    when RoSH becomes exactly Very-High
    case-holder must refer to MARP within 1 working day of the judgement
event next-appointment "the child's next appointment"
rule after-release
    when release
    case-holder must "update the plan" within 5 working days of release
rule before-appointment
    when release
    case-holder must "update the plan" before the next-appointment
`);
        expect(findings).toEqual([]);
    });

    test('conflicting-approvers: lowering a rating approved by the line manager or by the panel', async () => {
        const { text, findings } = await consistencyOf(`
rule lowering-with-lm [003:114]
    when RoSH or SaW is lowered from High or above
    requires approval by line-manager or MARP
rule lowering-needs-panel [003:166]
    when RoSH or SaW is lowered from High or above
    requires approval by MARP
`);
        expect(findings).toMatchObject([{
            code: 'conflicting-approvers', severity: 'error',
            location: { start: { line: lineOf(text, 'requires approval by MARP') } },
            counterexample: { facts: ['RoSH is lowered from High'] }
        }]);
        expect(findings[0].message).toContain('approval by line-manager or MARP and the other by MARP');
    });

    test('rule-never-fires: more than 15 working days to the next meeting of a fortnightly panel', async () => {
        const { text, findings } = await consistencyOf(`
rule internal-risk-meeting [000:374]
    if next meeting of MARP is more than 15 working days away
    line-manager may "hold an internal risk meeting"
`);
        expect(findings).toMatchObject([{ code: 'rule-never-fires', severity: 'warning', location: { start: { line: lineOf(text, 'rule internal-risk-meeting') } } }]);
        expect(findings[0].message).toMatch(/the longest wait from 2024-01-01 over 3 years is 1[0-2] working days/);
    });

    test('a rule that can fire is not reported: a panel meeting every 4 weeks', async () => {
        const { findings } = await consistencyOf(`
panel QUARTERLY
    meets every 4 weeks on Tuesday
rule internal-risk-meeting
    if next meeting of QUARTERLY is more than 15 working days away
    line-manager may "hold an internal risk meeting"
`);
        expect(findings).toEqual([]);
    });

    test('level-gap: a table with rows for Low, Medium and High but not Very High', async () => {
        const { text, findings } = await consistencyOf(`
section "Non-MAPPA cases" [000:278-282]
    rule low
        if RoSH is exactly Low
        case-holder must "screen through AssetPlus reviews"
    rule medium
        if RoSH is exactly Medium
        case-holder must "include victim protection actions"
    rule high
        if RoSH is exactly High
        case-holder must "include contingency arrangements"
end
`);
        expect(findings).toMatchObject([{ code: 'level-gap', severity: 'warning', location: { start: { line: lineOf(text, 'section "Non-MAPPA cases"') } }, counterexample: { facts: ['RoSH is Very-High'] } }]);
    });

    test('no level gap when the top rule says or above', async () => {
        const { findings } = await consistencyOf(`
section "Non-MAPPA cases"
    rule low
        if RoSH is exactly Low
        case-holder must "screen"
    rule higher
        if RoSH is Medium or above
        case-holder must "plan"
end
`);
        expect(findings).toEqual([]);
    });
});
