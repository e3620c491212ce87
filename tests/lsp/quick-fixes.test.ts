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
});
