import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearTestDocuments, createTestServices, type Services } from '../helpers/services.js';
import { conformanceOf } from '../helpers/conformance.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

const incidents = `standard test-incidents "Test serious incident scheme"
    published 2022-04-01
event test-notifiable-charge "charged with a listed offence" kind of charge [004:14042-14053]
requirement notify-yjb "Notify the YJB within one working day of becoming aware" floor [004:14037]
    when test-notifiable-charge
    manager must notify yjb "serious incident notification" within 1 working day of becoming-aware
`;

const reviews = `standard test-reviews "Test review standard"
requirement plan-review "Review the plan at least every three months and on significant change" floor [004:776]
    while child is open-to-service
    case-manager should "review the plan" at least every 3 months and on significant-change
requirement high-panel "Take High and Very High RoSH to a risk panel" floor [004:1756]
    when RoSH becomes High or above
    manager must "refer the case to a risk panel" within 5 working days of the judgement
requirement suspension "A senior manager approves a suspension of supervision" floor [004:1200]
    case-manager must "suspend supervision" approved by senior-manager
requirement contact-ceiling "No more than twice a week for the first 3 months" ceiling [004:2146]
    if intervention-level is Intensive
    case-manager should "meet the child" at most 2 times a week for the first 3 months
requirement first-assessment "Assess within 4 weeks of the order" floor [004:2226]
    when order-start
    case-manager must "complete the assessment" within 4 weeks of order-start
`;

function policy(body: string, header = '    conforms to test-reviews'): string {
    return policyWith(body, header);
}

describe('conformance findings', () => {
    test('national-duty-missing: a conformed requirement with no local rule', async () => {
        const result = await conformanceOf(services, [incidents], policyWith('', '    conforms to test-incidents'));
        expect(result.findings).toHaveLength(1);
        expect(result.findings[0]).toMatchObject({
            code: 'national-duty-missing', severity: 'error',
            location: { start: { line: 4 } },
            requirement: { standard: 'test-incidents', id: 'notify-yjb', citations: [{ text: '[004:14037]', lines: { from: 14037 } }] }
        });
        expect(result.coverage).toMatchObject([{ status: 'missing' }]);
    });

    test('a notification to the same body on a coinciding trigger matches without `implements`', async () => {
        const result = await conformanceOf(services, [incidents], policyWith(`
rule tell-yjb [003:219]
    when test-notifiable-charge
    service-manager must notify yjb "serious incident notification" same working day of becoming-aware
`, '    conforms to test-incidents'));
        expect(result.coverage).toMatchObject([{ status: 'tightened', rules: ['tell-yjb'] }]);
        expect(result.findings).toEqual([]);
    });

    test('anchor-differs: 24 hours from the charge against one working day of becoming aware', async () => {
        const result = await conformanceOf(services, [incidents], policyWith(`
rule yjb-within-24-hours [004:301]
    implements test-incidents.notify-yjb
    when test-notifiable-charge
    line-manager must notify yjb "serious incident notification" within 24 hours of the charge
`, '    conforms to test-incidents'));
        expect(result.findings).toHaveLength(1);
        const [finding] = result.findings;
        expect(finding).toMatchObject({
            code: 'anchor-differs', severity: 'error',
            requirement: { id: 'notify-yjb', citations: [{ text: '[004:14037]' }] },
            counterexample: { start: '2025-01-03T16:30', localDue: '2025-01-04T16:30', nationalDue: '2025-01-07T23:59' }
        });
        expect(finding.message).toContain(`'charge'`);
        expect(finding.message).toContain(`'becoming-aware'`);
        expect(finding.related[0].message).toContain('test-incidents.notify-yjb');
    });

    test('trigger-narrower: High but not Very High', async () => {
        const result = await conformanceOf(services, [reviews], policy(`
rule high-to-panel implements test-reviews.high-panel [000:360]
    when RoSH becomes exactly High
    line-manager must "refer the case to the RRP" within 5 working days of the judgement
`));
        const finding = result.findings.find(candidate => candidate.code === 'trigger-narrower');
        expect(finding).toMatchObject({ severity: 'error', requirement: { id: 'high-panel', citations: [{ text: '[004:1756]' }] } });
        expect(finding?.counterexample?.facts).toEqual(['RoSH is judged Very-High']);
        expect(finding?.location.start.line).toBe(policy('').split('\n').length + 2);
    });

    test('deadline-later: 20 working days against 4 weeks shows a start before Christmas', async () => {
        const text = policy(`
rule assess implements test-reviews.first-assessment
    when order-start
    case-holder must "complete the assessment" within 20 working days of order-start
`);
        const christmas = await conformanceOf(services, [reviews], text, { window: { from: '2024-11-01', days: 60 } });
        const finding = christmas.findings.find(candidate => candidate.code === 'deadline-later');
        expect(finding).toMatchObject({
            severity: 'error', requirement: { id: 'first-assessment', citations: [{ text: '[004:2226]' }] },
            counterexample: { start: '2024-11-28T09:00', localDue: '2024-12-30T23:59', nationalDue: '2024-12-27T23:59' }
        });
        expect(finding?.counterexample?.localExplanation).toContain('25 Dec (Christmas Day), 26 Dec (Boxing Day)');
    });

    test('no deadline finding in an ordinary month where 4 weeks and 20 working days agree', async () => {
        const text = policy(`
rule assess implements test-reviews.first-assessment
    when order-start
    case-holder must "complete the assessment" within 20 working days of order-start
`);
        const march = await conformanceOf(services, [reviews], text, { window: { from: '2025-03-01', days: 21 } });
        expect(march.findings.filter(finding => finding.requirement?.id === 'first-assessment')).toEqual([]);
        expect(march.coverage.find(entry => entry.requirement.id === 'first-assessment')?.status).toBe('implemented');
    });

    test('a stricter local deadline tightens the requirement', async () => {
        const result = await conformanceOf(services, [reviews], policy(`
rule assess implements test-reviews.first-assessment
    when order-start
    case-holder must "complete the assessment" within 15 working days of order-start
`));
        expect(result.coverage.find(entry => entry.requirement.id === 'first-assessment')).toMatchObject({ status: 'tightened', findings: [] });
    });

    test('cadence-longer: six-monthly against three-monthly reviews', async () => {
        const result = await conformanceOf(services, [reviews], policy(`
rule six-monthly implements test-reviews.plan-review [004:12]
    while child is open-to-service
    case-holder should "review and update the assessment" at least every 6 months and on significant-change
`));
        const finding = result.findings.find(candidate => candidate.code === 'cadence-longer');
        expect(finding).toMatchObject({ severity: 'warning', requirement: { id: 'plan-review', citations: [{ text: '[004:776]' }] } });
        // 1 Apr 2024 is Easter Monday, so the national due date moves to the next working day.
        expect(finding?.counterexample).toMatchObject({ start: '2024-01-01T09:00', localDue: '2024-07-01T23:59', nationalDue: '2024-04-02T23:59' });
        expect(finding?.counterexample?.nationalExplanation).toContain('Easter Monday');
    });

    test('cadence-event-missing: no review on significant change', async () => {
        const result = await conformanceOf(services, [reviews], policy(`
rule twelve-weekly implements test-reviews.plan-review [003:46]
    while child is open-to-service
    case-holder must "review AssetPlus" at least every 12 weeks
`));
        expect(result.findings.map(finding => finding.code)).toContain('cadence-event-missing');
        expect(result.coverage.find(entry => entry.requirement.id === 'plan-review')?.status).toBe('laxer');
    });

    test('approver-below-minimum and sign-off-missing', async () => {
        const junior = await conformanceOf(services, [reviews], policy(`
rule suspend implements test-reviews.suspension
    case-holder must "suspend supervision" approved by line-manager
`).replace('role line-manager "line manager" also called LM', 'role line-manager "line manager" also called LM acts as manager'));
        expect(junior.findings.find(finding => finding.code === 'approver-below-minimum')).toMatchObject({
            severity: 'error', requirement: { id: 'suspension', citations: [{ text: '[004:1200]' }] }
        });
        const unsigned = await conformanceOf(services, [reviews], policy(`
rule suspend implements test-reviews.suspension
    case-holder must "suspend supervision"
`));
        expect(unsigned.findings.map(finding => finding.code)).toContain('sign-off-missing');
    });

    test('duty-weaker: should for must lets the work go undone, and the counterexample says so', async () => {
        const result = await conformanceOf(services, [reviews], policy(`
rule high-panel implements test-reviews.high-panel
    when RoSH becomes High or above
    line-manager should "refer the case to a risk panel" within 5 working days of the judgement
`));
        const finding = result.findings.find(candidate => candidate.code === 'duty-weaker');
        expect(finding).toMatchObject({
            severity: 'error', location: { start: { line: 24 } },
            message: "The national requirement says 'must'; the local duty says 'should', so locally a reasoned exception is allowed where nationally it must be done. [test-reviews.high-panel]",
            requirement: { id: 'high-panel', strength: 'must' },
            counterexample: { facts: ['line-manager decides not to refer the case to a risk panel'] }
        });
        expect(result.coverage.find(entry => entry.requirement.id === 'high-panel')).toMatchObject({ status: 'laxer', findings: ['duty-weaker'] });
    });

    test('duty-weaker: a may beside a must for the same requirement is a discretion, not a weakening; must for should tightens', async () => {
        const both = await conformanceOf(services, [reviews], policy(`
rule high-panel implements test-reviews.high-panel
    when RoSH becomes High or above
    line-manager must "refer the case to a risk panel" within 5 working days of the judgement
rule high-panel-early implements test-reviews.high-panel
    when RoSH becomes High or above
    case-holder may "refer the case to a risk panel" within 5 working days of the judgement
`));
        expect(both.findings.map(finding => finding.code)).not.toContain('duty-weaker');
        const stricter = await conformanceOf(services, [reviews], policy(`
rule plan-review implements test-reviews.plan-review
    while child is open-to-service
    case-holder must "review the plan" at least every 3 months and on significant-change
`));
        expect(stricter.findings.filter(finding => finding.requirement?.id === 'plan-review')).toEqual([]);
        expect(stricter.coverage.find(entry => entry.requirement.id === 'plan-review')).toMatchObject({ status: 'tightened' });
    });

    test('duty-weaker: a ceiling bounds what may be required, so weaker words never breach it', async () => {
        const result = await conformanceOf(services, [reviews], policy(`
rule intensive-contact implements test-reviews.contact-ceiling
    if intervention-level is Intensive
    case-holder may "see the child" at least 1 time a week
`));
        expect(result.findings.map(finding => finding.code)).not.toContain('duty-weaker');
    });

    test('ceiling-exceeded: twelve contacts a month is more than twice a week', async () => {
        const result = await conformanceOf(services, [reviews], policy(`
rule intensive-contact implements test-reviews.contact-ceiling [004:7736]
    if intervention-level is Intensive
    case-holder must "see the child" at least 12 times a month for the first 3 months, then 6 times a month
`));
        const finding = result.findings.find(candidate => candidate.code === 'ceiling-exceeded');
        expect(finding).toMatchObject({ severity: 'warning', requirement: { id: 'contact-ceiling', direction: 'ceiling', citations: [{ text: '[004:2146]' }] } });
        expect(finding?.message).toContain('about 2.8 a week');
    });

    test('unverifiable-external and deadline-missing', async () => {
        const external = await conformanceOf(services, [incidents], policyWith(`
rule tell-yjb [003:219]
    when test-notifiable-charge
    service-manager must notify yjb "serious incident notification" set in "the YJB's expected timeframes"
`, '    conforms to test-incidents'));
        expect(external.findings).toMatchObject([{ code: 'unverifiable-external', severity: 'information' }]);
        expect(external.coverage).toMatchObject([{ status: 'external' }]);
        const none = await conformanceOf(services, [incidents], policyWith(`
rule tell-yjb
    when test-notifiable-charge
    service-manager must notify yjb "serious incident notification"
`, '    conforms to test-incidents'));
        expect(none.findings).toMatchObject([{ code: 'deadline-missing', severity: 'error' }]);
    });

    test('no-hard-deadline: as soon as practicable with no limit', async () => {
        const result = await conformanceOf(services, [incidents], policyWith(`
rule tell-yjb
    when test-notifiable-charge
    service-manager must notify yjb "serious incident notification" as soon as practicable
`, '    conforms to test-incidents'));
        expect(result.findings.map(finding => finding.code)).toEqual(['no-hard-deadline']);
    });

    test('not applicable requirements are reported as such, with the reason', async () => {
        const result = await conformanceOf(services, [incidents], policyWith('', '    conforms to test-incidents\n    not applicable test-incidents.notify-yjb "the service has no custody cases"'));
        expect(result.findings).toEqual([]);
        expect(result.coverage).toMatchObject([{ status: 'not-applicable', reason: 'the service has no custody cases' }]);
    });

    test('superseded-standard: conforming to a withdrawn pack', async () => {
        const result = await conformanceOf(services, [
            'standard test-new-standard "New"\n',
            'standard test-old-standard "Old"\n    superseded by test-new-standard\n'
        ], policyWith('', '    conforms to test-old-standard'));
        expect(result.findings).toMatchObject([{ code: 'superseded-standard', severity: 'warning', location: { start: { line: 4 } } }]);
        expect(result.findings[0].message).toContain(`superseded by 'test-new-standard'`);
    });

    test('time windows compare by length: a wider local window covers the national one, a shorter one does not', async () => {
        const deaths = `standard test-deaths "Deaths"
requirement notify-death "Notify a death within 20 calendar days after supervision ends" floor [004:14057]
    when death if child is open-to-service or within 20 calendar days after end-of-supervision
    manager must notify yjb "death notification" within 1 working day of becoming-aware
`;
        const rule = (window: string) => policyWith(`
rule deaths implements test-deaths.notify-death
    when death if child is open-to-service or within ${window} after end-of-supervision
    service-manager must notify yjb "death notification" within 1 working day of becoming-aware
`, '    conforms to test-deaths');
        expect((await conformanceOf(services, [deaths], rule('20 working days'))).findings).toEqual([]);
        const shorter = await conformanceOf(services, [deaths], rule('10 calendar days'));
        expect(shorter.findings).toMatchObject([{ code: 'trigger-narrower', counterexample: { facts: ['the child dies (death)', 'the child is not open-to-service', 'it is 11 calendar days after end-of-supervision'] } }]);
    });

    test('a should-not requirement is a warning when missing', async () => {
        const prohibitions = `standard test-prohibitions "Prohibitions"
requirement no-cancelling "Do not cancel a MAPPA meeting without the chair" floor [004:16833]
    case-manager should not "cancel a MAPPA meeting without the chair's approval"
`;
        const result = await conformanceOf(services, [prohibitions], policyWith('', '    conforms to test-prohibitions'));
        expect(result.findings).toMatchObject([{ code: 'national-duty-missing', severity: 'warning', requirement: { strength: 'should' } }]);
    });

    test('a notification with an incompatible clock is not matched by structure alone: the duty is missing', async () => {
        const result = await conformanceOf(services, [incidents], policyWith(`
rule yjb-within-24-hours [004:301]
    when test-notifiable-charge
    line-manager must notify yjb "serious incident notification" within 24 hours of the charge
`, '    conforms to test-incidents'));
        expect(result.findings.map(finding => finding.code)).toEqual(['national-duty-missing']);
    });

    test('two rules that together cover the national trigger are enough; each rule\'s own timing is still judged', async () => {
        const result = await conformanceOf(services, [reviews], policy(`
rule high-panel implements test-reviews.high-panel
    when RoSH becomes exactly High
    line-manager must "refer the case to a risk panel" within 5 working days of the judgement
rule very-high-panel implements test-reviews.high-panel
    when RoSH becomes exactly Very-High
    line-manager must "refer the case to a risk panel" within 10 working days of the judgement
`));
        const findings = result.findings.filter(finding => finding.requirement?.id === 'high-panel');
        expect(findings.map(finding => finding.code)).toEqual(['deadline-later']);
        expect(findings[0].message).toContain('10 working days');
    });

    test('an order starting makes the child open to the service; a High judgement is narrower than a standing condition', async () => {
        const standing = `standard test-standing "Standing duties"
requirement plan-on-start "Plan for every open child from the start" floor [004:894]
    when order-start if child is open-to-service
    case-manager must "write the intervention plan" within 20 working days of order-start
requirement mappa-children "Refer MAPPA-eligible children" floor [004:1800]
    if child is mappa-eligible
    case-manager must "refer to MAPPA"
`;
        const result = await conformanceOf(services, [standing], policyWith(`
rule plan implements test-standing.plan-on-start
    when order-start
    case-holder must "write the intervention plan" within 15 working days of order-start
rule mappa implements test-standing.mappa-children
    when RoSH becomes High or above
    case-holder must "refer to MAPPA"
`, '    conforms to test-standing'));
        expect(result.coverage.find(entry => entry.requirement.id === 'plan-on-start')?.status).toBe('tightened');
        expect(result.findings.find(finding => finding.requirement?.id === 'mappa-children')).toMatchObject({ code: 'trigger-narrower' });
        expect(result.findings.find(finding => finding.requirement?.id === 'mappa-children')?.counterexample?.facts).toContain('the child is mappa-eligible');
    });
});
