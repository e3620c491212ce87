import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { clearTestDocuments, codesOf, createTestServices, validate, type Services } from '../helpers/services.js';
import { captureInternalErrors } from '../helpers/internal-errors.js';

const sample = readFileSync(new URL('../fixtures/valid/all-constructs.riskpolicy', import.meta.url), 'utf8');

let services: Services;
let internalErrors: string[] = [];
beforeAll(async () => {
    services = await createTestServices();
    internalErrors = captureInternalErrors();
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

/** The items in consecutive groups of `size`. */
function chunksOf<T>(items: T[], size: number): T[][] {
    return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

// Hundreds of variants each: split so that every test stays well inside the timeout on a busy machine.
describe('the language never fails on broken text', () => {
    test('the fixture itself is valid', async () => {
        const [document] = await validate(services, sample);
        expect(codesOf(document)).toEqual([]);
    });

    test('every truncation of a policy validates without an internal error', async () => {
        const cuts = [...sample.matchAll(/\s+/g)].map(match => match.index!);
        expect(await internalErrorsFor(cuts.map(cut => sample.slice(0, cut)))).toEqual([]);
    });

    const lines = sample.split('\n');
    const lineChunks = chunksOf(lines.map((_, index) => index), 60);
    test.each(lineChunks.map((chunk, index) => [index + 1, lineChunks.length, chunk] as const))(
        'removing any single line validates without an internal error (part %i of %i)', async (_part, _parts, chunk) => {
            const variants = chunk.map(removed => lines.filter((_line, other) => other !== removed).join('\n'));
            expect(await internalErrorsFor(variants)).toEqual([]);
        });

    const words = [...sample.matchAll(/\S+/g)];
    const wordChunks = chunksOf(words, 100);
    test.each(wordChunks.map((chunk, index) => [index + 1, wordChunks.length, chunk] as const))(
        'removing any single word validates without an internal error (part %i of %i)', async (_part, _parts, chunk) => {
            const variants = chunk.map(word => sample.slice(0, word.index!) + sample.slice(word.index! + word[0].length));
            expect(await internalErrorsFor(variants)).toEqual([]);
        });

    test('binary-looking and odd text validates without an internal error', async () => {
        expect(await internalErrorsFor(['\u0000\u0001\u0002', '[[[', '"unterminated', 'policy', 'policy p rule', 'scenarios for', '}}}{{{', 'policy p\n' + 'rule r '.repeat(200)])).toEqual([]);
    });
});
