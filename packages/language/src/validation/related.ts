import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';

/** A related location for a diagnostic, pointing at another node (possibly in another document). */
export function relatedTo(node: AstNode, message: string): DiagnosticRelatedInformation[] {
    const document = AstUtils.getDocument(node);
    const range = node.$cstNode?.range;
    if (!range) {
        return [];
    }
    return [{ location: { uri: document.uri.toString(), range }, message }];
}
