import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearTestDocuments, createTestServices, validate, type Services } from '../helpers/services.js';
import { hoverAt } from '../helpers/lsp.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

const policy = policyWith(`
rule tell-yjb "Tell the YJB" implements serious-incidents-2022.notify-yjb [003:219]
    when notifiable-charge
    service-manager must notify yjb "serious incident notification" same working day of becoming-aware
rule local-only
    when sentence
    case-holder must "update the plan" within 5 working days of the sentence
`, '    conforms to serious-incidents-2022');

describe('hover', () => {
    test('on a local rule shows the national requirement it carries out, with its citation and how it compares', async () => {
        const [document] = await validate(services, policy);
        const text = await hoverAt(services, document, 'service-manager must notify', 3);
        expect(text).toContain('**rule tell-yjb** — Tell the YJB');
        expect(text).toContain('`serious-incidents-2022.notify-yjb`');
        expect(text).toContain('[004:14037]');
        expect(text).toContain('tightened (the local rule is stricter)');
    });

    test('on a requirement reference shows the national text summary', async () => {
        const [document] = await validate(services, policy);
        const text = await hoverAt(services, document, 'serious-incidents-2022.notify-yjb', 25);
        expect(text).toMatch(/^\*\*serious-incidents-2022\.notify-yjb\*\* — /);
        expect(text).toContain('must, floor · [004:14037]');
    });

    test('on a rule that carries out nothing national says so', async () => {
        const [document] = await validate(services, policy);
        expect(await hoverAt(services, document, 'case-holder must "update the plan"', 3)).toContain('Carries out no national requirement of the standards this policy conforms to');
    });
});
