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

    describe('national sign-off and review cadence', () => {
        const guidance = '    conforms to case-management-guidance-2022';
        const grades = 'role team-manager "team manager"\n    acts as manager\nrole ops-lead "operations lead"\n    acts as operational-manager\n';

        async function remaining(text: string, code: string): Promise<number> {
            const [document] = await validate(services, text);
            return (document.diagnostics ?? []).filter(diagnostic => (diagnostic.data as { code: string }).code === code).length;
        }

        test('sign-off-missing: the national sign-off by the policy\'s own role at the national grade', async () => {
            const text = policyWith(`${grades}rule breach-decision implements case-management-guidance-2022.breach-sign-off\n    when breach-under-consideration\n    case-holder should "decide whether to take breach action" [003:64]\n`, guidance);
            const fixes = await fixed(text, 'sign-off-missing');
            expect(fixes).toEqual([{ title: `Add 'signed off by ops-lead' (the national minimum is operational-manager)`, text: text.replace('breach action" [003:64]', 'breach action" signed off by ops-lead [003:64]') }]);
            expect(await remaining(fixes[0].text, 'sign-off-missing')).toBe(0);
        });

        test('sign-off-missing: the national grade itself when no local role acts as it', async () => {
            const text = policyWith('rule breach-decision implements case-management-guidance-2022.breach-sign-off\n    when breach-under-consideration\n    case-holder should "decide whether to take breach action"\n', guidance);
            const fixes = await fixed(text, 'sign-off-missing');
            expect(fixes.map(fix => fix.text)).toEqual([text.replace('breach action"\n', 'breach action" signed off by operational-manager\n')]);
            expect(await remaining(fixes[0].text, 'sign-off-missing')).toBe(0);
        });

        test('approver-below-minimum: a role at the national grade approves instead', async () => {
            const text = policyWith(`${grades}rule breach-decision implements case-management-guidance-2022.breach-sign-off\n    when breach-under-consideration\n    case-holder should "decide whether to take breach action" signed off by team-manager\n`, guidance);
            const fixes = await fixed(text, 'approver-below-minimum');
            expect(fixes).toEqual([{ title: 'Have ops-lead approve instead (the national minimum is operational-manager)', text: text.replace('signed off by team-manager', 'signed off by ops-lead') }]);
            expect(await remaining(fixes[0].text, 'approver-below-minimum')).toBe(0);
        });

        test('cadence-event-missing: keeps the local interval and adds the national event', async () => {
            const text = policyWith('rule plan-review implements case-management-guidance-2022.plan-review-interval\n    while child is open-to-service and case-type is statutory-order, custody\n    case-holder should "review the plan" at least every 6 weeks\n', guidance);
            const fixes = await fixed(text, 'cadence-event-missing');
            expect(fixes).toEqual([{ title: 'Also review on significant-change, as the national requirement does', text: text.replace('at least every 6 weeks', 'at least every 6 weeks and on significant-change') }]);
            expect(await remaining(fixes[0].text, 'cadence-event-missing')).toBe(0);
        });

        test('duty-weaker: the national words', async () => {
            const text = policyWith('rule tell-yjb implements serious-incidents-2022.notify-yjb\n    when notifiable-charge\n    service-manager should consider notify yjb "serious incident notification" within 1 working day of becoming-aware\n', '    conforms to serious-incidents-2022');
            const fixes = await fixed(text, 'duty-weaker');
            expect(fixes).toEqual([{ title: `Write 'must', as the national requirement does`, text: text.replace('service-manager should consider notify', 'service-manager must notify') }]);
            expect(await remaining(fixes[0].text, 'duty-weaker')).toBe(0);
        });

        test('frequency-below-floor: the national contact minimums', async () => {
            const text = policyWith('rule contact implements national-standards-2013.standard-contact\n    if intervention-level is exactly Standard\n    case-holder must "meet the child" at least 1 time a month\n', '    conforms to national-standards-2013');
            const fixes = await fixed(text, 'frequency-below-floor');
            expect(fixes.map(fix => fix.text)).toEqual([text.replace('at least 1 time a month', 'at least 2 times a month for the first 12 weeks, then 1 time a month')]);
            expect(await remaining(fixes[0].text, 'frequency-below-floor')).toBe(0);
        });
    });
});
