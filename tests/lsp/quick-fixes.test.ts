import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearTestDocuments, createTestServices, validate, type Services } from '../helpers/services.js';
import { applied, fixesFor } from '../helpers/lsp.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

async function fixed(text: string, code: string): Promise<Array<{ title: string, text: string }>> {
    const [document] = await validate(services, text);
    return (await fixesFor(services, document, code)).map(action => ({ title: action.title, text: applied(document, action) }));
}

describe('quick fixes for mechanical findings', () => {
    test('ambiguous-days: working or calendar days', async () => {
        const text = policyWith('rule r\n    when sentence\n    case-holder must "identify MAPPA eligibility" within 3 days of the sentence\n');
        const fixes = await fixed(text, 'ambiguous-days');
        expect(fixes.map(fix => fix.title)).toEqual([`Write 'working days'`, `Write 'calendar days'`]);
        expect(fixes[0].text).toBe(text.replace('within 3 days', 'within 3 working days'));
    });

    test('missing-unit: add a unit', async () => {
        const text = policyWith('rule r\n    when sentence\n    case-holder must "identify MAPPA eligibility" within 3 of the sentence\n');
        const fixes = await fixed(text, 'missing-unit');
        expect(fixes.map(fix => fix.title)).toEqual(['Add the unit: working days', 'Add the unit: calendar days', 'Add the unit: hours', 'Add the unit: weeks', 'Add the unit: months']);
        expect(fixes[1].text).toBe(text.replace('within 3 of', 'within 3 calendar days of'));
    });

    test('missing-anchor: count from the trigger event', async () => {
        const text = policyWith('rule r\n    when charge\n    case-holder must notify yjb "serious incident notification" within 24 hours\n');
        const fixes = await fixed(text, 'missing-anchor');
        expect(fixes.map(fix => fix.title)).toEqual(['Count from the charge']);
        expect(fixes[0].text).toBe(text.replace('within 24 hours', 'within 24 hours of the charge'));
    });

    test('exact-level-comparison: or above, or exactly', async () => {
        const text = policyWith('rule r\n    if SaW is High\n    case-holder must "consider a referral"\n');
        const fixes = await fixed(text, 'exact-level-comparison');
        expect(fixes.map(fix => fix.text)).toEqual([text.replace('SaW is High', 'SaW is High or above'), text.replace('SaW is High', 'SaW is exactly High')]);
    });

    test('unresolved-reference: the suggested name', async () => {
        const text = policyWith('rule r\n    line-manger must "review" at least every month\n');
        const fixes = await fixed(text, 'unresolved-reference');
        expect(fixes).toEqual([{ title: `Change to 'line-manager'`, text: text.replace('line-manger', 'line-manager') }]);
    });

    test('level-not-on-scale: no mechanical fix (another name would leave the other scale without it)', async () => {
        const text = policyWith('scale flag-scale ordered: No < Yes\nrule r\n    if RoSH or flag-scale is High or above\n    case-holder must "x"\n');
        const [document] = await validate(services, text);
        expect((document.diagnostics ?? []).map(diagnostic => diagnostic.code)).toEqual(['level-not-on-scale']);
        expect(await fixed(text, 'level-not-on-scale')).toEqual([]);
    });

    test('deadline-later: tighten to the national requirement', async () => {
        const text = policyWith('rule tell-yjb implements serious-incidents-2022.notify-yjb\n    when notifiable-charge\n    service-manager must notify yjb "serious incident notification" within 5 working days of becoming-aware\n', '    conforms to serious-incidents-2022');
        const fixes = await fixed(text, 'deadline-later');
        expect(fixes.map(fix => fix.title)).toEqual(['Tighten to the national requirement: within 1 working day of becoming-aware']);
        expect(fixes[0].text).toBe(text.replace('within 5 working days of becoming-aware', 'within 1 working day of becoming-aware'));
        const [after] = await validate(services, fixes[0].text);
        expect((after.diagnostics ?? []).map(diagnostic => (diagnostic.data as { code: string }).code)).not.toContain('deadline-later');
    });

    test('deadline-missing: add the national deadline', async () => {
        const text = policyWith('rule tell-yjb implements serious-incidents-2022.notify-yjb\n    when notifiable-charge\n    service-manager must notify yjb "serious incident notification"\n', '    conforms to serious-incidents-2022');
        const fixes = await fixed(text, 'deadline-missing');
        expect(fixes[0].text).toBe(text.replace('"serious incident notification"\n', '"serious incident notification" within 1 working day of becoming-aware\n'));
    });

    describe('declarations', () => {
        async function codesAfter(text: string): Promise<string[]> {
            const [document] = await validate(services, text);
            return (document.diagnostics ?? []).map(diagnostic => (diagnostic.data as { code: string }).code);
        }

        test('review-too-far: review twelve months after the effective date', async () => {
            const text = policyWith('').replace('review by 2024-12-31', 'review by 2026-01-01');
            const fixes = await fixed(text, 'review-too-far');
            expect(fixes).toEqual([{ title: 'Review by 2025-01-01, twelve months after the effective date', text: text.replace('review by 2026-01-01', 'review by 2025-01-01') }]);
            expect(await codesAfter(fixes[0].text)).toEqual([]);
        });

        test('review-before-effective: the same twelve months', async () => {
            const text = policyWith('').replace('review by 2024-12-31', 'review by 2023-06-30');
            const fixes = await fixed(text, 'review-before-effective');
            expect(fixes.map(fix => fix.text)).toEqual([text.replace('review by 2023-06-30', 'review by 2025-01-01')]);
            expect(await codesAfter(fixes[0].text)).toEqual([]);
        });

        test('closure-ends-before-start: swap the dates', async () => {
            const text = policyWith('', '    closed 2024-12-27 to 2024-12-20 "office closed"');
            const fixes = await fixed(text, 'closure-ends-before-start');
            expect(fixes).toEqual([{ title: 'Close from 2024-12-20 to 2024-12-27', text: text.replace('closed 2024-12-27 to 2024-12-20', 'closed 2024-12-20 to 2024-12-27') }]);
            expect(await codesAfter(fixes[0].text)).toEqual([]);
        });

        test('malformed-citation: the readable form when there is a certain one', async () => {
            const text = policyWith('rule r [003 section 4.2.1]\n    case-holder must "x"\n');
            const fixes = await fixed(text, 'malformed-citation');
            expect(fixes).toEqual([{ title: 'Write [003 §4.2.1]', text: text.replace('[003 section 4.2.1]', '[003 §4.2.1]') }]);
            expect(await codesAfter(fixes[0].text)).toEqual([]);
        });

        test('malformed-citation: no fix for prose in brackets', async () => {
            expect(await fixed(policyWith('rule r [see paragraph 4]\n    case-holder must "x"\n'), 'malformed-citation')).toEqual([]);
        });

        test('mixed-conjunction: and throughout, or or throughout', async () => {
            const text = policyWith('rule r\n    case-holder, line-manager or duty-manager and service-manager must "x"\n');
            const fixes = await fixed(text, 'mixed-conjunction');
            expect(fixes).toEqual([
                { title: `Write 'and' throughout: all of them act`, text: text.replace('line-manager or duty-manager', 'line-manager and duty-manager') },
                { title: `Write 'or' throughout: any one of them may`, text: text.replace('duty-manager and service-manager', 'duty-manager or service-manager') }
            ]);
            for (const fix of fixes) {
                expect(await codesAfter(fix.text)).toEqual([]);
            }
        });

        test('approver-seniority-unknown: add the author to a seniority clause the approver already has', async () => {
            const text = policyWith('rule r\n    line-manager must "review the plan" countersigned by duty-manager\n');
            const fixes = await fixed(text, 'approver-seniority-unknown');
            expect(fixes).toEqual([{ title: `Add 'senior to line-manager' to role 'duty-manager'`, text: text.replace('role duty-manager "duty manager"\n    senior to case-holder', 'role duty-manager "duty manager"\n    senior to case-holder, line-manager') }]);
            expect(await codesAfter(fixes[0].text)).toEqual([]);
        });

        test('approver-seniority-unknown: give a role without a ladder place its first seniority clause, after its comment', async () => {
            const text = policyWith('role panel-lead "panel lead" # chairs the weekly panel\nrule r\n    line-manager must "review the plan" countersigned by panel-lead\n');
            const fixes = await fixed(text, 'approver-seniority-unknown');
            expect(fixes.map(fix => fix.text)).toEqual([text.replace('# chairs the weekly panel\n', '# chairs the weekly panel\n    senior to line-manager\n')]);
            expect(await codesAfter(fixes[0].text)).toEqual([]);
        });
    });
});
