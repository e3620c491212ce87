import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearTestDocuments, codesOf, createTestServices, validate, type Services } from '../helpers/services.js';
import { lowerValidPolicy } from '../helpers/lower.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

async function firstRule(body: string) {
    const ir = await lowerValidPolicy(services, policyWith(body));
    return ir.rules[0];
}

describe('triggers', () => {
    test('an event, or several, with a condition', async () => {
        const rule = await firstRule('rule r\n    when charge or death if child is open-to-service\n    case-holder must "tell the manager" immediately\n');
        expect(rule.trigger).toEqual({
            kind: 'event', events: [{ kind: 'event', event: 'charge' }, { kind: 'event', event: 'death' }],
            condition: { kind: 'predicate', predicate: 'open-to-service' }
        });
    });

    test('a scale moving into a range, for several scales', async () => {
        const rule = await firstRule('rule r\n    when RoSH or SaW becomes High or above\n    case-holder must "discuss" immediately\n');
        expect(rule.trigger).toEqual({ kind: 'event', events: [{ kind: 'scale-change', scales: ['RoSH', 'SaW'], levels: ['High', 'Very-High'] }] });
    });

    test('a scale lowered from a range', async () => {
        const rule = await firstRule('rule r\n    when RoSH is lowered from High or above\n    requires approval by MARP\n');
        expect(rule.trigger).toEqual({ kind: 'event', events: [{ kind: 'scale-lowering', scales: ['RoSH'], fromLevels: ['High', 'Very-High'] }] });
        expect(rule.approvals).toMatchObject([{ kind: 'approval', approvers: ['MARP'], all: false }]);
    });

    test('while and if', async () => {
        const whileRule = await firstRule('rule r\n    while RoSH is above Medium\n    line-manager must "review" at least every month\n');
        expect(whileRule.trigger).toMatchObject({ kind: 'state', mode: 'while', condition: { levels: ['High', 'Very-High'], written: { comparison: 'above', levels: ['Medium'] } } });
        const ifRule = await firstRule('rule r\n    if RoSH is below High\n    line-manager must "countersign explanations and conclusions"\n');
        expect(ifRule.trigger).toMatchObject({ kind: 'state', mode: 'if', condition: { levels: ['Low', 'Medium'] } });
    });

    test('a trigger needs at least one clause after it', async () => {
        const [document] = await validate(services, policyWith('rule r\n    when charge\n'));
        expect(codesOf(document)).toContain('syntax-error');
    });
});

describe('conditions', () => {
    test.each([
        ['RoSH is High or above', { kind: 'scale', levels: ['High', 'Very-High'] }],
        ['RoSH is Medium or below', { kind: 'scale', levels: ['Low', 'Medium'] }],
        ['RoSH is Medium, High', { kind: 'scale', levels: ['Medium', 'High'] }],
        ['RoSH is exactly High', { kind: 'scale', levels: ['High'], written: { comparison: 'exactly' } }],
        ['SWB is VH', { kind: 'scale', scales: ['SaW'], levels: ['Very-High'] }],
        ['case-type is custody, remand', { kind: 'scale', scales: ['case-type'], levels: ['remand', 'custody'] }],
        ['aged 17 years 6 months or over', { kind: 'age', months: 210, comparison: 'at-or-over' }],
        ['aged under 18 years', { kind: 'age', months: 216, comparison: 'under' }],
        ['child is mappa-eligible', { kind: 'predicate', predicate: 'mappa-eligible' }],
        ['next meeting of MARP is more than 15 working days away', { kind: 'next-meeting', panel: 'MARP', comparison: 'more-than', duration: { value: 15, unit: 'working-days' } }],
        ['within 20 calendar days after end-of-supervision', { kind: 'within-window', event: 'end-of-supervision', duration: { value: 20, unit: 'calendar-days' } }],
        ['not (RoSH is Low or SaW is Low)', { kind: 'not', operand: { kind: 'or' } }],
        ['RoSH is Low and SaW is Low and LoR is Low', { kind: 'and', operands: [{ scales: ['RoSH'] }, { scales: ['SaW'] }, { scales: ['LoR'] }] }]
    ])('%s', async (condition, expected) => {
        const rule = await firstRule(`rule r\n    if ${condition}\n    case-holder must "act"\n`);
        expect(rule.trigger).toMatchObject({ kind: 'state', condition: expected });
    });

    test('measures are compared with numbers', async () => {
        const ir = await lowerValidPolicy(services, policyWith('measure dash-yes-answers "yes answers on the DASH" [000:301]\nrule r\n    if dash-yes-answers is at least 14\n    case-holder must refer to MARP by the next meeting of MARP\n'));
        expect(ir.measures).toMatchObject([{ id: 'dash-yes-answers', title: 'yes answers on the DASH', origin: 'document' }]);
        expect(ir.rules[0].trigger).toMatchObject({ condition: { kind: 'measure', measure: 'dash-yes-answers', bound: 'at-least', value: 14 } });
    });

    test('a condition that stops half way is a syntax error', async () => {
        const [document] = await validate(services, policyWith('rule r\n    if RoSH is\n    case-holder must "x"\n'));
        expect(codesOf(document)).toContain('syntax-error');
    });
});

describe('duties', () => {
    test('actors, strengths and actions', async () => {
        const rule = await firstRule(`rule r
    case-holder or duty-manager must "tell the manager" with line-manager
    case-holder and line-manager must attend MARP
    line-manager should refer to MARP or service-manager
    service-manager may notify police, probation "risk information"
    line-manager must consider "a referral to MAPPA"
    line-manager should consider "an internal risk meeting"
`);
        expect(rule.duties.map(duty => [duty.actors, duty.jointly, duty.strength, duty.action])).toEqual([
            [['case-holder', 'duty-manager'], false, 'must', { kind: 'task', task: 'tell the manager', with: ['line-manager'] }],
            [['case-holder', 'line-manager'], true, 'must', { kind: 'attend', panel: 'MARP' }],
            [['line-manager'], false, 'should', { kind: 'refer', to: ['MARP', 'service-manager'] }],
            [['service-manager'], false, 'may', { kind: 'notify', recipients: ['police', 'probation'], all: false, subject: 'risk information' }],
            [['line-manager'], false, 'consider', { kind: 'task', task: 'a referral to MAPPA', with: [] }],
            [['line-manager'], false, 'consider', { kind: 'task', task: 'an internal risk meeting', with: [] }]
        ]);
        expect(rule.duties.map(duty => duty.id)).toEqual(['r#1', 'r#2', 'r#3', 'r#4', 'r#5', 'r#6']);
    });

    test('a panel chair acts and signs as PANEL.chair', async () => {
        const rule = await firstRule('rule r\n    MARP.chair must "agree actions and a review date" checked by service-manager\n    case-holder must "update the plan" approved by MARP.chair\n');
        expect(rule.duties[0].actors).toEqual(['MARP.chair']);
        expect(rule.duties[1].signOffs).toEqual([{ kind: 'approved', approvers: ['MARP.chair'], all: false }]);
    });

    test('a chair of a panel without a chair clause is unknown', async () => {
        const [document] = await validate(services, policyWith('panel Q\n    meets monthly\nrule r\n    Q.chair must "agree actions"\n'));
        expect(codesOf(document)).toEqual(['unresolved-reference']);
    });

    test('sign-offs of every kind, with any-one or all approvers', async () => {
        const rule = await firstRule('rule r\n    case-holder must "write the plan" countersigned by line-manager or duty-manager endorsed by service-manager signed off by line-manager and service-manager\n    case-holder must "write the referral" checked by line-manager agreed by service-manager approved by MARP\n');
        expect(rule.duties.flatMap(duty => duty.signOffs)).toEqual([
            { kind: 'countersigned', approvers: ['line-manager', 'duty-manager'], all: false },
            { kind: 'endorsed', approvers: ['service-manager'], all: false },
            { kind: 'signed-off', approvers: ['line-manager', 'service-manager'], all: true },
            { kind: 'checked', approvers: ['line-manager'], all: false },
            { kind: 'agreed', approvers: ['service-manager'], all: false },
            { kind: 'approved', approvers: ['MARP'], all: false }
        ]);
    });

    test('a duty with no action is a syntax error', async () => {
        const [document] = await validate(services, policyWith('rule r\n    case-holder must within 3 working days of sentence\n'));
        expect(codesOf(document)).toContain('syntax-error');
    });
});

describe('timing', () => {
    test.each([
        ['within 24 hours of the judgement', { kind: 'relative', duration: { value: 24, unit: 'hours' }, anchor: { relation: 'of', event: 'judgement', next: false } }],
        ['within 1 working day after sentence', { kind: 'relative', duration: { value: 1, unit: 'working-days' }, anchor: { relation: 'after', event: 'sentence' } }],
        ['within 20 calendar days from order-start', { kind: 'relative', duration: { value: 20, unit: 'calendar-days' }, anchor: { relation: 'from', event: 'order-start' } }],
        ['within 4 weeks of the start', { kind: 'relative', duration: { value: 4, unit: 'weeks' }, anchor: { event: 'order-start' } }],
        ['6 months before release', { kind: 'relative', duration: { value: 6, unit: 'months' }, anchor: { relation: 'before', event: 'release' } }],
        ['within 1 year of sentence', { kind: 'relative', duration: { value: 1, unit: 'years' } }],
        ['immediately', { kind: 'immediately' }],
        ['as soon as practicable', { kind: 'soon', manner: 'practicable' }],
        ['as soon as possible, and within 24 hours of becoming-aware', { kind: 'soon', manner: 'possible', limit: { kind: 'relative', duration: { value: 24, unit: 'hours' }, anchor: { event: 'becoming-aware' } } }],
        ['before the transfer-out', { kind: 'event', relation: 'before', anchor: { event: 'transfer-out', next: false } }],
        ['by release', { kind: 'event', relation: 'by', anchor: { event: 'release' } }],
        ['before the next meeting', { kind: 'event', relation: 'before', anchor: { event: 'panel-meeting', next: true } }],
        ['same working day', { kind: 'same-working-day', anchor: null }],
        ['next working day of becoming-aware', { kind: 'next-working-day', anchor: { relation: 'of', event: 'becoming-aware' } }],
        ['by the next meeting of MARP', { kind: 'next-meeting', panel: 'MARP', relation: 'by' }],
        ['before the next meeting of MARP', { kind: 'next-meeting', panel: 'MARP', relation: 'before' }],
        ['at the next meeting of MARP', { kind: 'next-meeting', panel: 'MARP', relation: 'at' }],
        ['on the Tuesday before the meeting', { kind: 'weekday-before', weekday: 'Tuesday', anchor: { relation: 'before', event: 'panel-meeting' } }],
        ['at least every 12 weeks and on significant-change', { kind: 'cadence', every: { value: 12, unit: 'weeks' }, alsoOn: ['significant-change'] }],
        ['at least every month', { kind: 'cadence', every: { value: 1, unit: 'months' }, alsoOn: [] }],
        ['at least 8 times a month for the first 3 months, then 4 times a month', { kind: 'frequency', bound: 'at-least', phases: [{ count: 8, per: 'months', firstSpan: { value: 3, unit: 'months' } }, { count: 4, per: 'months' }] }],
        ['at most 2 times a week', { kind: 'frequency', bound: 'at-most', phases: [{ count: 2, per: 'weeks' }] }],
        ['set in "Operational Manual chapter 12"', { kind: 'external', document: 'Operational Manual chapter 12' }]
    ])('%s', async (timing, expected) => {
        const rule = await firstRule(`rule r\n    case-holder must "act" ${timing}\n`);
        expect(rule.duties[0].timing).toMatchObject(expected);
    });

    test('an unknown unit is a syntax error', async () => {
        const [document] = await validate(services, policyWith('rule r\n    case-holder must "act" within 2 fortnights of sentence\n'));
        expect(codesOf(document)).toContain('syntax-error');
    });
});

describe('other clauses', () => {
    test('approval requirements, escalation, prohibitions, constraints, derived flags and notes', async () => {
        const rule = await firstRule(`rule r [003:166]
    when charge
    requires countersignature by line-manager
    requires agreement by line-manager and service-manager
    if missed escalate via overdue
    if missed escalate to service-manager
    case-holder must not "make welfare appointments breachable"
    case-holder should not "share the victim's name"
    RoSH must be Medium or above
    child becomes mappa-eligible
    note "Local arrangement in Avon and Somerset." [003:185]
`);
        expect(rule.approvals.map(approval => [approval.kind, approval.approvers, approval.all])).toEqual([
            ['countersignature', ['line-manager'], false], ['agreement', ['line-manager', 'service-manager'], true]
        ]);
        expect(rule.escalations.map(escalation => [escalation.route, escalation.to])).toEqual([['overdue', []], [undefined, ['service-manager']]]);
        expect(rule.prohibitions.map(prohibition => [prohibition.strength, prohibition.task])).toEqual([
            ['must', 'make welfare appointments breachable'], ['should', "share the victim's name"]
        ]);
        expect(rule.constraints).toMatchObject([{ scale: 'RoSH', levels: ['Medium', 'High', 'Very-High'] }]);
        expect(rule.derives).toMatchObject([{ flag: 'mappa-eligible' }]);
        expect(rule.notes).toMatchObject([{ text: 'Local arrangement in Avon and Somerset.', citations: [{ document: '003', lines: { from: 185, to: 185 } }] }]);
    });

    test('a panel may count as a MAPPA level only under a condition', async () => {
        const ir = await lowerValidPolicy(services, policyWith('panel Q\n    counts as MAPPA level 1 if RoSH is Medium or above\n'));
        expect(ir.panels.find(panel => panel.id === 'Q')?.countsAs).toMatchObject([{ scheme: 'MAPPA', level: 1, condition: { kind: 'scale', levels: ['Medium', 'High', 'Very-High'] } }]);
    });

    test('co-chairs are joint', async () => {
        const ir = await lowerValidPolicy(services, policyWith('panel Q\n    chair police and probation\n'));
        expect(ir.panels.find(panel => panel.id === 'Q')?.chairs).toMatchObject([{ roles: ['police', 'probation'], jointly: true }]);
    });
});
