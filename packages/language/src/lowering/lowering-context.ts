import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { Citation, SourceRange } from '@riskpolicy/engine';
import { parseCitation } from '@riskpolicy/engine';
import { isPreludeUri } from '../riskpolicy-builtins.js';
import { isChairClause } from '../generated/ast.js';

/**
 * What lowering needs besides the AST: how to name the file in source ranges, and a record of the
 * prelude declarations the document used (the IR carries them so it stands on its own).
 */
export class LoweringContext {
    readonly usedPrelude = new Set<AstNode>();

    constructor(private readonly fileName: (node: AstNode) => string) {}

    source(node: AstNode): SourceRange {
        const range = node.$cstNode?.range;
        return {
            file: this.fileName(node),
            start: { line: (range?.start.line ?? 0) + 1, column: (range?.start.character ?? 0) + 1 },
            end: { line: (range?.end.line ?? 0) + 1, column: (range?.end.character ?? 0) + 1 }
        };
    }

    citations(texts: string[]): Citation[] {
        return texts.map(text => parseCitation(text) ?? { text, document: '' });
    }

    located(node: AstNode & { citations?: string[] }): { source: SourceRange, citations: Citation[] } {
        return { source: this.source(node), citations: this.citations(node.citations ?? []) };
    }

    /** The name of a party: a role, a panel, or a panel's chair (`RRP.chair`). */
    party(reference: { ref?: AstNode, $refText: string }): string {
        const target = reference.ref;
        if (target && isChairClause(target)) {
            return `${(target.$container as { name: string }).name}.chair`;
        }
        return this.name(target as (AstNode & { name: string }) | undefined, reference.$refText);
    }

    /** The name of a referenced declaration; records it when it comes from the prelude. */
    name(target: (AstNode & { name: string }) | undefined, fallback: string): string {
        if (!target) {
            return fallback;
        }
        if (isPreludeUri(AstUtils.getDocument(target).uri)) {
            this.usedPrelude.add(target);
        }
        return target.name;
    }
}
