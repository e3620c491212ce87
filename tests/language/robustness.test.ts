import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { clearTestDocuments, codesOf, createTestServices, validate, type Services } from '../helpers/services.js';

const sample = readFileSync(new URL('../fixtures/valid/all-constructs.riskpolicy', import.meta.url), 'utf8');

let services: Services;
const internalErrors: string[] = [];
beforeAll(async () => {
    services = await createTestServices();
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { internalErrors.push(args.map(String).join(' ')); });
});
afterEach(async () => { await clearTestDocuments(services); });
afterAll(() => { vi.restoreAllMocks(); });

/** Validates each text in turn and returns the internal errors logged while doing so. */
async function internalErrorsFor(texts: string[]): Promise<string[]> {
    internalErrors.length = 0;
    for (const text of texts) {
        await validate(services, text);
        await clearTestDocuments(services);
    }
    return [...internalErrors];
}

describe('the language never fails on broken text', () => {
    test('the fixture itself is valid', async () => {
        const [document] = await validate(services, sample);
        expect(codesOf(document)).toEqual([]);
    });

    test('every truncation of a policy validates without an internal error', async () => {
        const cuts = [...sample.matchAll(/\s+/g)].map(match => match.index!);
        expect(await internalErrorsFor(cuts.map(cut => sample.slice(0, cut)))).toEqual([]);
    });

    test('removing any single line validates without an internal error', async () => {
        const lines = sample.split('\n');
        expect(await internalErrorsFor(lines.map((_, index) => lines.filter((__, other) => other !== index).join('\n')))).toEqual([]);
    });

    test('removing any single word validates without an internal error', async () => {
        const words = [...sample.matchAll(/\S+/g)];
        const variants = words.map(word => sample.slice(0, word.index!) + sample.slice(word.index! + word[0].length));
        expect(await internalErrorsFor(variants)).toEqual([]);
    });

    test('binary-looking and odd text validates without an internal error', async () => {
        expect(await internalErrorsFor(['\u0000\u0001\u0002', '[[[', '"unterminated', 'policy', 'policy p rule', 'scenarios for', '}}}{{{', 'policy p\n' + 'rule r '.repeat(200)])).toEqual([]);
    });
});
