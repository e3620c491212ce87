import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearTestDocuments, createTestServices, issuesOf, validate, type Services } from '../helpers/services.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
const settings = () => services.shared.workspace.CheckSettings;
const analyse = (document: Parameters<Services['RiskPolicy']['analysis']['PolicyAnalysis']['analyse']>[0]) =>
    services.RiskPolicy.analysis.PolicyAnalysis.analyse(document)!;

beforeAll(async () => {
    services = await createTestServices();
});

afterEach(async () => {
    settings().update({});
    await clearTestDocuments(services);
});

describe('calendar region', () => {
    test('a policy may name Scotland or Northern Ireland as its calendar', async () => {
        const [scotland, ireland] = await validate(services, policyWith('', '    calendar scotland'), policyWith('', '    calendar northern-ireland'));
        expect(issuesOf(scotland).filter(issue => issue.severity === 'error')).toEqual([]);
        expect(analyse(scotland).policy.calendar.region).toBe('scotland');
        expect(analyse(ireland).policy.calendar.region).toBe('northern-ireland');
    });

    test('the setting gives the region of a policy that names none, and a policy\'s own line wins', async () => {
        const [unnamed, named] = await validate(services, policyWith(''), policyWith('', '    calendar england-and-wales'));
        expect(analyse(unnamed).policy.calendar.region).toBe('england-and-wales');
        settings().update({ calendarRegion: 'northern-ireland' });
        expect(analyse(unnamed).policy.calendar.region).toBe('northern-ireland');
        expect(analyse(named).policy.calendar.region).toBe('england-and-wales');
    });
});

describe('standard packs', () => {
    const rule = 'rule plan\n    when RoSH becomes High or above\n    case-holder must "complete a risk management plan" within 10 working days\n';

    test('every policy is also checked against the packs the settings name, and the finding says why', async () => {
        settings().update({ standardPacks: ['transitions-2021'] });
        const [document] = await validate(services, policyWith(rule));
        const missing = issuesOf(document).filter(issue => issue.code === 'national-duty-missing');
        expect(missing.length).toBeGreaterThan(5);
        expect(missing.every(issue => issue.message.includes('transitions-2021.'))).toBe(true);
        expect(missing[0].message).toContain('from a pack this policy does not conform to but every policy is checked against');
        expect(analyse(document).standards.map(standard => standard.id)).toEqual(['transitions-2021']);
        expect(analyse(document).conformance.coverage.every(entry => entry.requirement.standard === 'transitions-2021')).toBe(true);
    });

    test('without the setting the same policy is held to nothing', async () => {
        const [document] = await validate(services, policyWith(rule));
        expect(issuesOf(document).filter(issue => issue.code === 'national-duty-missing')).toEqual([]);
        expect(analyse(document).conformance.coverage).toEqual([]);
    });

    test('changing the settings drops the analyses made under the old ones', async () => {
        const [document] = await validate(services, policyWith(rule));
        expect(analyse(document).conformance.coverage).toEqual([]);
        expect(settings().update({ standardPacks: ['transitions-2021'] })).toBe(true);
        expect(analyse(document).conformance.coverage.length).toBeGreaterThan(5);
        expect(settings().update({ standardPacks: ['transitions-2021'] })).toBe(false);
    });

    test('names no pack carries are reported, and the prelude is not a pack', async () => {
        settings().update({ standardPacks: ['transitions-2021', 'no-such-pack', 'prelude'] });
        const analysis = services.RiskPolicy.analysis.PolicyAnalysis;
        expect(analysis.unknownPacks()).toEqual(['no-such-pack', 'prelude']);
        expect(analysis.knownPacks()).toContain('yjb-standards-2019');
        expect(analysis.knownPacks()).not.toContain('prelude');
    });

    test('a standard written in the workspace is a pack too', async () => {
        await validate(services, `standard local-pack "A local pack"
    published 2024-01-01
scale RoSH "Risk of serious harm" Low < Medium < High < VeryHigh`);
        settings().update({ standardPacks: ['local-pack'] });
        expect(services.RiskPolicy.analysis.PolicyAnalysis.unknownPacks()).toEqual([]);
    });
});
