import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { FormattingAction, FormattingContext } from 'langium/lsp';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import type { TokenLayout } from './formatter-layout.js';
import { layoutTokens } from './formatter-layout.js';

/** The house layout is 4 spaces a level, whatever the editor's tab settings. */
const houseOptions = { insertSpaces: true, tabSize: 4 };
const maxLineBreaks = 3;

/**
 * The canonical layout (docs/language.md, the examples): each header, declaration, clause and scenario
 * step on a line of its own, 4 spaces a level; one space between tokens on a line; no trailing
 * whitespace; at most two blank lines. Only whitespace between tokens changes (and trailing blanks in
 * comments), so the parsed document, and its IR, are the same. A document with syntax errors is not
 * formatted. See formatter-layout.ts for where each token goes.
 */
export class RiskPolicyFormatter extends AbstractFormatter {

    protected format(node: AstNode): void {
        if (node.$container) {
            return; // the whole layout is decided once, from the root
        }
        const formatter = this.getNodeFormatter(node);
        layoutTokens(node).forEach((entry, index) => formatter.cst([entry.leaf]).prepend(actionFor(entry, index === 0)));
    }

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const edits = [...super.doDocumentFormat(document, { ...options, ...houseOptions }, range), ...this.trailingBlanks(document)]
            .filter(edit => this.insideRange(edit.range, range))
            .sort((a, b) => document.textDocument.offsetAt(a.range.start) - document.textDocument.offsetAt(b.range.start));
        const eol = document.textDocument.getText().includes('\r\n') ? '\r\n' : '\n';
        return eol === '\n' ? edits : edits.map(edit => ({ ...edit, newText: edit.newText.replace(/\n/g, eol) }));
    }

    /**
     * A comment on a line of its own: the line breaks before it (at most three) and its indentation.
     * A comment after code on the same line keeps its place.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const level = formatting?.moves[0]?.tabs;
        if (level === undefined || (previous && previous.range.end.line === hidden.range.start.line)) {
            return [];
        }
        const start = previous?.range.end ?? { line: 0, character: 0 };
        const lines = previous ? Math.min(hidden.range.start.line - start.line, maxLineBreaks) : 0;
        const indentation = ' '.repeat(level * (context.options.tabSize ?? houseOptions.tabSize));
        return [{ range: { start, end: hidden.range.start }, newText: '\n'.repeat(lines) + indentation }];
    }

    /** Trailing blanks inside line comments, and at the end of the document (which ends with one line break). */
    private trailingBlanks(document: LangiumDocument): TextEdit[] {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return [];
        }
        const text = document.textDocument;
        const edits: TextEdit[] = [];
        let last: CstNode | undefined;
        for (const leaf of CstUtils.flattenCst(root)) {
            const blanks = leaf.hidden && leaf.text.startsWith('#') ? /[ \t]+$/.exec(leaf.text) : null;
            if (blanks) {
                edits.push({ range: { start: text.positionAt(leaf.offset + blanks.index), end: text.positionAt(leaf.end) }, newText: '' });
            }
            last = leaf;
        }
        if (last) {
            const range = { start: text.positionAt(last.end), end: text.positionAt(text.getText().length) };
            if (text.getText(range).replace(/\r/g, '') !== '\n') {
                edits.push({ range, newText: '\n' });
            }
        }
        return edits;
    }
}

/** The Langium formatting for one token; levels are absolute because nothing else indents. */
function actionFor(entry: TokenLayout, first: boolean): FormattingAction {
    const breaks = (count: number, level: number) => ({ lines: count, tabs: level });
    switch (entry.kind) {
        case 'comment':
            return { options: {}, moves: [{ tabs: entry.level }] };
        case 'line':
            if (first) {
                return Formatting.noSpace();
            }
            return { options: {}, moves: [1, 2, maxLineBreaks].map(count => breaks(count, entry.level)) };
        case 'same':
            return { options: {}, moves: [{ characters: entry.spaces }, breaks(1, entry.level)] };
    }
}
