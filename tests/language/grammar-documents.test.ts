import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearTestDocuments, codesOf, createTestServices, validate, type Services } from '../helpers/services.js';
import { lowerValidPolicy, lowerValidStandard } from '../helpers/lower.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

describe('policy header', () => {
    test('carries service, version, dates, owner, supersedes, calendar and closures', async () => {
        const ir = await lowerValidPolicy(services, `policy somerset "Somerset policy"
    service "Somerset Youth Justice Team" [003:1]
    version "1"
    effective 2023-08-01
    review by 2024-08-01
    owner "Samantha Fahey"
    supersedes "2021 policy"
    calendar england-and-wales
    closed 2024-12-27 "office closure"
    closed 2025-04-22 to 2025-04-23
`);
        expect(ir).toMatchObject({
            id: 'somerset', title: 'Somerset policy', service: 'Somerset Youth Justice Team', version: '1',
            effective: '2023-08-01', reviewBy: '2024-08-01', owner: 'Samantha Fahey', supersedes: '2021 policy',
            calendar: {
                region: 'england-and-wales',
                closures: [{ from: '2024-12-27', to: '2024-12-27', reason: 'office closure' }, { from: '2025-04-22', to: '2025-04-23' }]
            }
        });
    });

    test('conforms to names a standard that exists', async () => {
        const [standard, policy] = await validate(services,
            'standard test-standard "A test pack"\n    published 2022-10-01\n',
            'policy p\n    conforms to test-standard\n');
        expect(codesOf(standard)).toEqual([]);
        expect(codesOf(policy)).toEqual([]);
    });

    test('a misspelt standard is reported with a suggestion', async () => {
        const [, policy] = await validate(services, 'standard test-standard\n', 'policy p\n    conforms to test-standardd\n');
        expect(codesOf(policy)).toEqual(['unresolved-reference']);
        expect(policy.diagnostics?.[0].message).toContain(`Did you mean 'test-standard'?`);
    });

    test('a date that is not ISO is a syntax error', async () => {
        const [document] = await validate(services, 'policy p\n    effective 01/08/2023\n');
        expect(codesOf(document)).toContain('syntax-error');
    });

    test('a file with something other than a document is a syntax error', async () => {
        const [document] = await validate(services, 'hello world\n');
        expect(codesOf(document)).toContain('syntax-error');
    });
});

describe('sections', () => {
    test('group declarations and give rules their heading', async () => {
        const ir = await lowerValidPolicy(services, policyWith(`
section "4. Risk levels" [003 §4]
    rule r1
        case-holder must "record the level"
end
`));
        expect(ir.sections.map(section => section.title)).toEqual(['4. Risk levels']);
        expect(ir.rules.find(rule => rule.id === 'r1')?.section).toBe('4. Risk levels');
    });

    test('a section without end is a syntax error', async () => {
        const [document] = await validate(services, policyWith('section "open"\n    rule r1 case-holder must "x"\n'));
        expect(codesOf(document)).toContain('syntax-error');
    });
});

describe('standards', () => {
    test('carry requirements with direction, strength and citations', async () => {
        const ir = await lowerValidStandard(services, `standard cmg "Case Management Guidance"
    published 2022-10-01
    source "YJB Case Management Guidance" [004:722]
requirement victim-contact "Tell the Victim Contact Service within one working day" floor [004:1492-1496]
    when custodial-sentence
    case-manager must notify victim-contact-service "sentence details" within 1 working day of the sentence
`);
        expect(ir.published).toBe('2022-10-01');
        expect(ir.sources[0].citations[0]).toMatchObject({ document: '004', lines: { from: 722, to: 722 } });
        expect(ir.requirements).toHaveLength(1);
        expect(ir.requirements[0]).toMatchObject({
            id: 'victim-contact', direction: 'floor',
            citations: [{ document: '004', lines: { from: 1492, to: 1496 } }],
            duties: [{ strength: 'must', action: { kind: 'notify', recipients: ['victim-contact-service'] } }]
        });
    });

    test('a requirement without direction is a syntax error', async () => {
        const [document] = await validate(services, 'standard s\nrequirement r1 "x"\n    case-manager must "y"\n');
        expect(codesOf(document)).toContain('syntax-error');
    });

    test('superseded by names the successor', async () => {
        const [, old] = await validate(services, 'standard new-one\n', 'standard old-one\n    superseded by new-one\n');
        expect(codesOf(old)).toEqual([]);
    });

    test('a local rule may say which national requirement it implements', async () => {
        const [, policy] = await validate(services,
            'standard cmg\nrequirement plan-review floor\n    case-manager must "review" at least every 3 months\n',
            policyWith('rule r implements cmg.plan-review\n    case-holder must "review" at least every 12 weeks\n'));
        expect(codesOf(policy)).toEqual([]);
        const [, broken] = await validate(services,
            'standard cmg2\nrequirement plan-review floor\n    case-manager must "review" at least every 3 months\n',
            policyWith('rule r implements cmg2.plan-reveiw\n    case-holder must "review" at least every 12 weeks\n'));
        expect(codesOf(broken)).toEqual(['unresolved-reference']);
    });
});

describe('scenarios', () => {
    test('resolve roles, rules, panels, scales and levels in the policy they name', async () => {
        const [, scenarios] = await validate(services, policyWith(`
rule discuss-high
    when RoSH becomes High or above
    case-holder must "discuss" with line-manager within 24 hours of the judgement
`), `scenarios for test-policy
case "High RoSH over Christmas" [003:64]
    born 2008-03-14
    type statutory-order
    2024-12-20 order-start
    2024-12-20 09:30 RoSH assessed High
    line-manager unavailable 2024-12-23 to 2025-01-03
    2025-01-06 line-manager completed "countersign pathways and planning"
    MARP sits on 2025-01-07
    expect "discuss" due 2024-12-21 09:30
    expect breach of discuss-high
    expect escalation to service-manager on 2025-01-08
    expect approval by MARP
`);
        expect(codesOf(scenarios)).toEqual([]);
    });

    test('report names the policy does not declare', async () => {
        const [, scenarios] = await validate(services, policyWith(''), `scenarios for test-policy
case "typo"
    2024-12-20 RoSH assessed Hihg
    line-manger unavailable 2024-12-23 to 2025-01-03
`);
        expect(codesOf(scenarios)).toEqual(['unresolved-reference', 'unresolved-reference']);
    });
});
