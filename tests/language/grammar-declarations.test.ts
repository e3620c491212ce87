import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearTestDocuments, codesOf, createTestServices, validate, type Services } from '../helpers/services.js';
import { lowerValidPolicy } from '../helpers/lower.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

describe('scales', () => {
    test('ordered scales keep their order, titles and level aliases', async () => {
        const ir = await lowerValidPolicy(services, policyWith(`
scale impact "impact of harm" also called harm-impact ordered: Slight < Minor < Medium < Major "Major impact" (also called Serious) < Critical [004:604-617]
`));
        const impact = ir.scales.find(scale => scale.id === 'impact');
        expect(impact).toMatchObject({ title: 'impact of harm', aliases: ['harm-impact'], ordered: true, origin: 'document' });
        expect(impact?.levels.map(level => level.id)).toEqual(['Slight', 'Minor', 'Medium', 'Major', 'Critical']);
        expect(impact?.levels[3]).toEqual({ id: 'Major', title: 'Major impact', aliases: ['Serious'] });
        expect(impact?.citations[0]).toMatchObject({ document: '004', lines: { from: 604, to: 617 } });
    });

    test('unordered scales list levels with commas', async () => {
        const ir = await lowerValidPolicy(services, policyWith('scale exploitation unordered: none, suspected, confirmed\n'));
        expect(ir.scales.find(scale => scale.id === 'exploitation')).toMatchObject({ ordered: false });
    });

    test('a scale without levels is a syntax error', async () => {
        const [document] = await validate(services, policyWith('scale empty ordered:\nrule r case-holder must "x"\n'));
        expect(codesOf(document)).toContain('syntax-error');
    });

    test('a local scale of the same name replaces the prelude one inside the policy', async () => {
        const ir = await lowerValidPolicy(services, policyWith(`
scale LoR "likelihood of reoffending" ordered: Low < Medium < High-or-Very-High
rule r
    if LoR is High-or-Very-High
    case-holder must "refer to the youth offender panel"
`));
        expect(ir.rules[0].trigger).toMatchObject({ condition: { kind: 'scale', scales: ['LoR'], levels: ['High-or-Very-High'] } });
        expect(ir.scales.filter(scale => scale.id === 'LoR')).toHaveLength(1);
        expect(ir.scales.find(scale => scale.id === 'LoR')?.origin).toBe('document');
    });
});

describe('roles', () => {
    test('carry aliases, seniority, stand-ins, grade and external', async () => {
        const ir = await lowerValidPolicy(services, policyWith(`
role operational-manager-local "operational manager" also called OM [003:104]
    senior to line-manager
    if unavailable service-manager
    acts as operational-manager
role mappa-spoc "MAPPA single point of contact" external
`));
        expect(ir.roles.find(role => role.id === 'operational-manager-local')).toMatchObject({
            title: 'operational manager', aliases: ['OM'], seniorTo: ['line-manager'], standIns: ['service-manager'],
            actsAs: 'operational-manager', external: false, citations: [{ document: '003', lines: { from: 104, to: 104 } }]
        });
        expect(ir.roles.find(role => role.id === 'mappa-spoc')?.external).toBe(true);
        expect(ir.roles.find(role => role.id === 'operational-manager')?.origin).toBe('prelude');
    });

    test('an alias can be used wherever the role can', async () => {
        const ir = await lowerValidPolicy(services, policyWith('rule r\n    LM must "review the plan" at least every month\n'));
        expect(ir.rules[0].duties[0].actors).toEqual(['line-manager']);
    });

    test('a stand-in chain lists roles in order with then', async () => {
        const ir = await lowerValidPolicy(services, policyWith('role deputy senior to case-holder\n    if unavailable line-manager then service-manager\n'));
        expect(ir.roles.find(role => role.id === 'deputy')?.standIns).toEqual(['line-manager', 'service-manager']);
    });

    test('an unknown stand-in is reported', async () => {
        const [document] = await validate(services, policyWith('role deputy\n    if unavailable nobody-here\n'));
        expect(codesOf(document)).toEqual(['unresolved-reference']);
    });
});

describe('events, flags and named conditions', () => {
    test('an event may be a kind of a prelude event', async () => {
        const ir = await lowerValidPolicy(services, policyWith(`
event charged-with-serious-offence "charged with murder, rape or GBH" also called serious-charge kind of charge [004:290-299]
rule r
    when serious-charge
    case-holder must notify yjb "serious incident notification" within 24 hours of the charge
`));
        expect(ir.events.find(event => event.id === 'charged-with-serious-offence')).toMatchObject({ kindOf: 'charge', aliases: ['serious-charge'] });
        expect(ir.rules[0].trigger).toEqual({ kind: 'event', events: [{ kind: 'event', event: 'charged-with-serious-offence' }] });
        expect(ir.events.find(event => event.id === 'charge')?.origin).toBe('prelude');
    });

    test('flags and named conditions are used with "child is"', async () => {
        const ir = await lowerValidPolicy(services, policyWith(`
flag high-reoffending "assessed as high risk of reoffending"
condition high-risk "high risk child": LoR is High or above or RoSH is High or above
rule r
    if child is high-risk and not child is high-reoffending
    case-holder must "consider a referral"
`));
        expect(ir.conditions[0].condition).toMatchObject({ kind: 'or', operands: [{ kind: 'scale', scales: ['LoR'] }, { kind: 'scale', scales: ['RoSH'] }] });
        expect(ir.rules[0].trigger).toEqual({
            kind: 'state', mode: 'if',
            condition: { kind: 'and', operands: [{ kind: 'predicate', predicate: 'high-risk' }, { kind: 'not', operand: { kind: 'predicate', predicate: 'high-reoffending' } }] }
        });
    });
});

describe('panels', () => {
    test('carry every clause of a terms of reference', async () => {
        const ir = await lowerValidPolicy(services, policyWith(`
panel HRP "High Risk Panel" also called high-risk-panel [004:13506]
    chair service-manager or line-manager
    members police, probation, childrens-social-care
    presenter case-holder if absent duty-manager
    meets weekly on Tuesday at 10:00 from 2024-01-02
    threshold RoSH or SaW is High or above
    papers due on the Thursday at 12:00 before the meeting
    minutes due within 5 working days after the meeting
    actions due within 10 working days after the meeting
    reviews at least every 3 months
    exit when RoSH is Medium or below approved by line-manager and service-manager
    counts as MAPPA level 1
`));
        const panel = ir.panels.find(candidate => candidate.id === 'HRP');
        expect(panel).toMatchObject({
            aliases: ['high-risk-panel'],
            chairs: [{ roles: ['service-manager', 'line-manager'] }],
            members: ['police', 'probation', 'childrens-social-care'],
            presenters: [{ roles: ['case-holder'], standIns: ['duty-manager'] }],
            meets: [{ cadence: { every: { value: 1, unit: 'weeks' }, weekday: 'Tuesday', time: '10:00', firstSitting: '2024-01-02' } }],
            thresholds: [{ condition: { kind: 'scale', scales: ['RoSH', 'SaW'], levels: ['High', 'Very-High'] } }],
            papers: [{ deadline: { kind: 'weekday-before', weekday: 'Thursday', time: '12:00', anchor: { event: 'panel-meeting' } } }],
            minutes: [{ deadline: { kind: 'relative', duration: { value: 5, unit: 'working-days' }, anchor: { relation: 'after', event: 'panel-meeting' } } }],
            actions: [{ deadline: { kind: 'relative', duration: { value: 10, unit: 'working-days' } } }],
            reviews: [{ timing: { kind: 'cadence', every: { value: 3, unit: 'months' } } }],
            exits: [{ condition: { levels: ['Low', 'Medium'] }, signOff: { kind: 'approved', approvers: ['line-manager', 'service-manager'], all: true } }],
            countsAs: [{ scheme: 'MAPPA', level: 1 }]
        });
    });

    test.each([
        ['fortnightly', { every: { value: 2, unit: 'weeks' } }],
        ['monthly', { every: { value: 1, unit: 'months' } }],
        ['every Tuesday', { every: { value: 1, unit: 'weeks' }, weekday: 'Tuesday' }],
        ['every 2 weeks on Wednesday', { every: { value: 2, unit: 'weeks' }, weekday: 'Wednesday' }],
        ['4 times a year', { timesPerYear: 4 }]
    ])('meets %s', async (cadence, expected) => {
        const ir = await lowerValidPolicy(services, policyWith(`panel P\n    meets ${cadence}\n`));
        expect(ir.panels.find(panel => panel.id === 'P')?.meets[0].cadence).toEqual(expected);
    });

    test('a misspelt weekday is a syntax error', async () => {
        const [document] = await validate(services, policyWith('panel P\n    meets every Tusday\n'));
        expect(codesOf(document)).toContain('syntax-error');
    });
});

describe('escalation routes', () => {
    test('carry ordered steps with timeouts and a continuation', async () => {
        const ir = await lowerValidPolicy(services, policyWith(`
escalation upwards "a partner does not act" [003:104]
    case-holder -> line-manager or duty-manager (after 2 working days) -> service-manager
    then via overdue
`));
        expect(ir.escalationRoutes.find(route => route.id === 'upwards')).toMatchObject({
            steps: [
                { holders: ['case-holder'] },
                { holders: ['line-manager', 'duty-manager'], timeout: { value: 2, unit: 'working-days' } },
                { holders: ['service-manager'] }
            ],
            continuesWith: 'overdue'
        });
    });

    test('a step that names no role is a syntax error', async () => {
        const [document] = await validate(services, policyWith('escalation broken case-holder -> (after 2 working days)\n'));
        expect(codesOf(document)).toContain('syntax-error');
    });
});

describe('advisory content', () => {
    test('suggests ranges and never becomes a rule', async () => {
        const ir = await lowerValidPolicy(services, policyWith(`
scale impact ordered: Slight < Minor < Medium < Major < Critical
scale likelihood ordered: Unlikely < Possible < Likely < Very-Likely < Almost-Certain
advisory rosh-matrix "Suggested RoSH judgement" [004:216-270]
    if impact is exactly Major and likelihood is exactly Likely: suggest RoSH Medium to High
    if impact is exactly Critical and likelihood is Very-Likely or above: suggest RoSH Very-High
    note "If in doubt discuss with your line manager" [004:270]
`));
        expect(ir.rules).toEqual([]);
        expect(ir.advisories[0].suggestions.map(suggestion => suggestion.levels)).toEqual([['Medium', 'High'], ['Very-High']]);
        expect(ir.advisories[0].notes[0].text).toBe('If in doubt discuss with your line manager');
    });
});
