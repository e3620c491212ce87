import type { LangiumDocument } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import type { Services } from './services.js';

/** The hover text at the first occurrence of `marker` in the document (offset into the marker). */
export async function hoverAt(services: Services, document: LangiumDocument, marker: string, into = 1): Promise<string | undefined> {
    const offset = document.textDocument.getText().indexOf(marker) + into;
    const hover = await services.RiskPolicy.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(offset)
    });
    const contents = hover?.contents;
    return typeof contents === 'object' && contents && 'value' in contents ? contents.value : undefined;
}

/** The quick fixes offered for the diagnostics with `code`. */
export async function fixesFor(services: Services, document: LangiumDocument, code: string): Promise<CodeAction[]> {
    const diagnostics = (document.diagnostics ?? []).filter(diagnostic => (diagnostic.data as { code?: string } | undefined)?.code === code);
    const actions = await services.RiskPolicy.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics }
    });
    return (actions ?? []) as CodeAction[];
}

/** The document's text after a code action's edits. */
export function applied(document: LangiumDocument, action: CodeAction): string {
    const edits: TextEdit[] = action.edit?.changes?.[document.textDocument.uri] ?? [];
    const text = document.textDocument.getText();
    return [...edits]
        .sort((a, b) => document.textDocument.offsetAt(b.range.start) - document.textDocument.offsetAt(a.range.start))
        .reduce((result, edit) => result.slice(0, document.textDocument.offsetAt(edit.range.start)) + edit.newText + result.slice(document.textDocument.offsetAt(edit.range.end)), text);
}
