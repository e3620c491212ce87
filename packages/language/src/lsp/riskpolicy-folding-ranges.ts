import type { AstNode, CstNode, LangiumDocument, LeafCstNode, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { FoldingRangeProvider } from 'langium/lsp';
import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { FoldingRangeKind } from 'vscode-languageserver';
import { isDeclaration, isPolicy, isScenario, isSection, isStandard } from '../generated/ast.js';

/**
 * Folds: a policy's or standard's header block; a section (its `end` stays visible); each declaration
 * that takes more than one line (a rule with its clauses, a panel, a role with clauses, a scale written
 * over several lines…); each scenario case; and comments: a run of `#` lines, or a `/* … *\/` block.
 */
export class RiskPolicyFoldingRangeProvider implements FoldingRangeProvider {

    getFoldingRanges(document: LangiumDocument, _params: FoldingRangeParams): MaybePromise<FoldingRange[]> {
        const root = document.parseResult.value;
        if (!root?.$cstNode) {
            return [];
        }
        const foldings: FoldingRange[] = [];
        const headers = this.headerFolding(root);
        if (headers) {
            foldings.push(headers);
        }
        for (const node of AstUtils.streamAllContents(root)) {
            const folding = this.nodeFolding(node);
            if (folding) {
                foldings.push(folding);
            }
        }
        foldings.push(...this.commentFoldings(root.$cstNode));
        return foldings;
    }

    private nodeFolding(node: AstNode): FoldingRange | undefined {
        const cst = node.$cstNode;
        if (!cst) {
            return undefined;
        }
        if (isSection(node)) {
            const end = GrammarUtils.findNodeForKeyword(cst, 'end');
            return lines(cst.range.start.line, end ? end.range.start.line - 1 : cst.range.end.line);
        }
        return isDeclaration(node) || isScenario(node) ? lines(cst.range.start.line, cst.range.end.line) : undefined;
    }

    /** From the `policy` or `standard` line to its last header. */
    private headerFolding(root: AstNode): FoldingRange | undefined {
        if (!(isPolicy(root) || isStandard(root)) || root.headers.length === 0) {
            return undefined;
        }
        const last = root.headers[root.headers.length - 1].$cstNode;
        return last && root.$cstNode ? lines(root.$cstNode.range.start.line, last.range.end.line) : undefined;
    }

    /** Runs of two or more comment lines, and block comments over several lines. */
    private commentFoldings(rootCst: CstNode): FoldingRange[] {
        const foldings: FoldingRange[] = [];
        let run: LeafCstNode[] = [];
        const close = () => {
            const folding = run.length > 0 ? lines(run[0].range.start.line, run[run.length - 1].range.end.line, FoldingRangeKind.Comment) : undefined;
            if (folding) {
                foldings.push(folding);
            }
            run = [];
        };
        let previous: LeafCstNode | undefined;
        for (const leaf of CstUtils.flattenCst(rootCst)) {
            const ownLine = leaf.hidden && (!previous || previous.range.end.line < leaf.range.start.line);
            const continues = ownLine && run.length > 0 && run[run.length - 1].range.end.line + 1 === leaf.range.start.line;
            if (!continues) {
                close();
            }
            if (ownLine) {
                run.push(leaf);
            }
            previous = leaf;
        }
        close();
        return foldings;
    }
}

function lines(startLine: number, endLine: number, kind?: FoldingRangeKind): FoldingRange | undefined {
    return endLine > startLine ? { startLine, endLine, ...(kind ? { kind } : {}) } : undefined;
}
