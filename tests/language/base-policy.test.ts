import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearTestDocuments, createTestServices, issuesOf, validate, type Services } from '../helpers/services.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

describe('the base policy used by the other tests', () => {
    test('is valid on its own', async () => {
        const [document] = await validate(services, policyWith(''));
        expect(issuesOf(document)).toEqual([]);
    });

    test('links prelude scales, levels and events', async () => {
        const [document] = await validate(services, policyWith(`
rule discuss-high [003:64]
    when RoSH or SaW becomes High or above
    case-holder must "discuss the rating" with line-manager within 24 hours of the judgement
`));
        expect(issuesOf(document)).toEqual([]);
    });
});
