import type { AstNode, LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver';

/** What a quick fix needs: the document, the diagnostic, and the AST node where it starts. */
export interface FixContext {
    document: LangiumDocument;
    diagnostic: Diagnostic;
    data: Record<string, unknown>;
    /** The innermost AST node at the start of the diagnostic's range. */
    node: AstNode | undefined;
    textOf(range: Range): string;
}

export function fixContext(document: LangiumDocument, diagnostic: Diagnostic): FixContext {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    return {
        document, diagnostic, data: (diagnostic.data ?? {}) as Record<string, unknown>, node: leaf?.astNode,
        textOf: range => document.textDocument.getText(range)
    };
}

/** A quick fix that applies one or more edits to the document. */
export function quickFix(context: FixContext, title: string, edits: TextEdit[], preferred = false): CodeAction {
    return {
        title, kind: 'quickfix', diagnostics: [context.diagnostic], isPreferred: preferred,
        edit: { changes: { [context.document.textDocument.uri]: edits } }
    };
}

export function endOf(range: Range): Range {
    return { start: range.end, end: range.end };
}
