import { readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { clearTestDocuments, createTestServices, type Services } from '../helpers/services.js';
import { captureInternalErrors } from '../helpers/internal-errors.js';
import { IssueCodes, overridableCodes } from '@riskpolicy/language';

const sample = readFileSync(new URL('../fixtures/valid/all-constructs.riskpolicy', import.meta.url), 'utf8');

let services: Services;
let internalErrors: string[] = [];
beforeAll(async () => {
    services = await createTestServices();
    internalErrors = captureInternalErrors();
});
afterAll(() => { vi.restoreAllMocks(); });

let counter = 0;

/** Parses and links `text` (no validation: the editor features must not depend on it). */
async function build(text: string): Promise<LangiumDocument> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///robust/${++counter}.riskpolicy`));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], {});
    return document;
}

/** Runs every editor feature of this work on the document; returns what failed. */
async function failuresOn(document: LangiumDocument): Promise<string[]> {
    const lsp = services.RiskPolicy.lsp;
    const textDocument = { uri: document.uri.toString() };
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    const middle = document.textDocument.positionAt(Math.floor(document.textDocument.getText().length / 2));
    const lastWord = document.textDocument.positionAt(Math.max(0, document.textDocument.getText().trimEnd().search(/\S+$/)));
    const features: Array<[string, () => unknown]> = [
        ['semantic tokens', () => lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument })],
        ['formatter', () => lsp.Formatter!.formatDocument(document, { textDocument, options: { insertSpaces: true, tabSize: 4 } })],
        ['range formatter', () => lsp.Formatter!.formatDocumentRange(document, { textDocument, options: { insertSpaces: true, tabSize: 4 }, range: { start: { line: 0, character: 0 }, end: middle } })],
        ['symbols', () => lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument })],
        ['folding', () => lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument })],
        ['completion', () => lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end })],
        ['prepare rename', () => lsp.RenameProvider!.prepareRename!(document, { textDocument, position: middle })],
        ['hover', () => lsp.HoverProvider!.getHoverContent(document, { textDocument, position: middle })],
        ['hover at the last word', () => lsp.HoverProvider!.getHoverContent(document, { textDocument, position: lastWord })],
        ['code lenses', () => lsp.CodeLensProvider!.provideCodeLens(document, { textDocument })],
        ['definition', () => lsp.DefinitionProvider!.getDefinition(document, { textDocument, position: middle })],
        ['references', () => lsp.ReferencesProvider!.findReferences(document, { textDocument, position: middle, context: { includeDeclaration: true } })],
        ['quick fixes', () => lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: { start: middle, end: middle }, context: { diagnostics: findingsAt(middle, end, lastWord) } })]
    ];
    const failures: string[] = [];
    for (const [name, run] of features) {
        try {
            await run();
        } catch (error) {
            // Rename refuses names from the packs with a message: that is an answer, not a failure.
            if (!(name === 'prepare rename' && String(error).includes('cannot be renamed'))) {
                failures.push(`${name}: ${String(error)}`);
            }
        }
    }
    return failures;
}

/** The national requirement a quick fix for `code` reads: one with a sign-off, a cadence, or a deadline. */
function requirementFor(code: string) {
    const [standard, id] = code.includes('sign-off') || code.includes('approver') ? ['case-management-guidance-2022', 'breach-sign-off']
        : code.includes('cadence') ? ['case-management-guidance-2022', 'plan-review-interval'] : ['serious-incidents-2022', 'notify-yjb'];
    return { standard, id, strength: 'must', direction: 'floor', citations: [], source: { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
}

/** A diagnostic of every code at each position, carrying every kind of data a quick fix reads. */
function findingsAt(...positions: Array<{ line: number, character: number }>) {
    return positions.flatMap(position => [...overridableCodes(), IssueCodes.SyntaxError].map(code => ({
        range: { start: position, end: position }, message: code, code,
        data: { code, requirement: requirementFor(code), author: 'case-holder', readable: '[003 §4.2]', suggestion: 'case-holder' }
    })));
}

async function failuresOnEach(texts: string[]): Promise<string[]> {
    internalErrors.length = 0;
    const failures: string[] = [];
    for (const text of texts) {
        const document = await build(text);
        failures.push(...(await failuresOn(document)).map(failure => `${JSON.stringify(text.slice(-40))}: ${failure}`));
        await clearTestDocuments(services);
    }
    return [...failures, ...internalErrors];
}

describe('the editor features never fail on broken text', () => {
    test('every truncation of a policy at a space', async () => {
        const cuts = [...sample.matchAll(/\s+/g)].map(match => match.index);
        expect(await failuresOnEach(cuts.map(cut => sample.slice(0, cut)))).toEqual([]);
    });

    test('truncations in the middle of words', async () => {
        const cuts = Array.from({ length: Math.floor(sample.length / 11) }, (_, index) => index * 11 + 3);
        expect(await failuresOnEach(cuts.map(cut => sample.slice(0, cut)))).toEqual([]);
    });

    test('removing any single line', async () => {
        const lines = sample.split('\n');
        expect(await failuresOnEach(lines.map((_, index) => lines.filter((__, other) => other !== index).join('\n')))).toEqual([]);
    });

    test('odd text', async () => {
        expect(await failuresOnEach(['', '\u0000\u0001', '[[[', '"unterminated', 'policy', 'section', 'policy p\nsection "S"\n', 'scenarios for', 'scenarios for p\ncase',
            'policy p\n/* open', 'policy p\nrule r\n    when charge\n    MARP.chair must', 'policy p\nscale s ordered:', 'policy p\n    conforms to ,,'])).toEqual([]);
    });
});
