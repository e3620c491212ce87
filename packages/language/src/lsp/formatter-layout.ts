import type { AstNode, CstNode, LeafCstNode } from 'langium';
import { AstUtils, CstUtils, GrammarUtils, isLeafCstNode } from 'langium';
import { isDocument, isEscalationRoute, isRequirement, isRule, isScenario, isSection } from '../generated/ast.js';

/**
 * Where each token of a document goes in the house layout (4-space levels):
 * - `line`: the token starts a line at `level` (a document's first word, a header, a declaration, a clause,
 *   a scenario step, `end`); the blank lines before it are kept (at most two);
 * - `same`: the token follows the previous one; `spaces` apart when they are on one line, or on a
 *   continuation line at `level` (one deeper than the line it continues) when the author broke the line there;
 * - `comment`: a comment on a line of its own, indented like the code it goes with (see withComments).
 * Comments after code on the same line (`# ...` at the end of a line) keep their place and their gap.
 */
export type TokenLayout =
    | { kind: 'line', leaf: LeafCstNode, level: number }
    | { kind: 'same', leaf: LeafCstNode, level: number, spaces: number }
    | { kind: 'comment', leaf: LeafCstNode, level: number };

/** Tokens written without a space before them (`a, b`, `MARP.chair`, `ordered:`, `(after 1 day)`). */
const glueBefore = new Set([',', '.', ')', ':']);
/** Tokens written without a space after them. */
const glueAfter = new Set(['(', '.']);

/** The layout of every token and own-line comment of a document, in document order. */
export function layoutTokens(root: AstNode): TokenLayout[] {
    const rootCst = root.$cstNode;
    if (!rootCst) {
        return [];
    }
    const starts = lineStarts(root);
    const leaves = CstUtils.flattenCst(rootCst).toArray();
    const layout: TokenLayout[] = [];
    let current = 0;
    let previous: LeafCstNode | undefined;
    for (const leaf of leaves) {
        if (!leaf.hidden) {
            const start = starts.get(leaf.offset);
            if (start !== undefined) {
                current = start;
                layout.push({ kind: 'line', leaf, level: start });
            } else {
                const spaces = previous && (glueAfter.has(previous.text) || glueBefore.has(leaf.text)) ? 0 : 1;
                layout.push({ kind: 'same', leaf, level: current + 1, spaces });
            }
            previous = leaf;
        }
    }
    return withComments(leaves, layout, starts);
}

/**
 * Adds own-line comments. A block of comment lines goes with the code it touches: at the level of the
 * line just below it, else of the line of code just above it (a note at the end of a rule or case stays
 * with it); a block with blank lines on both sides takes the level of the code that follows it (at a
 * section's `end`, the members' level).
 */
function withComments(leaves: LeafCstNode[], code: TokenLayout[], starts: Map<number, number>): TokenLayout[] {
    const levelAt = new Map(code.map(entry => [entry.leaf.offset, entry.level]));
    const lineLevelAt = new Map(code.map(entry => [entry.leaf.offset, entry.kind === 'same' ? entry.level - 1 : entry.level]));
    const comments: TokenLayout[] = [];
    let index = 0;
    while (index < leaves.length) {
        const block = commentBlockAt(leaves, index);
        if (block.length === 0) {
            index++;
            continue;
        }
        const before = lastCode(leaves, index);
        const after = leaves.slice(index + block.length).find(leaf => !leaf.hidden);
        const isEnd = after !== undefined && after.text === 'end' && starts.get(after.offset) === 0;
        const touchesAfter = after && !isEnd && after.range.start.line === block[block.length - 1].range.end.line + 1;
        const touchesBefore = index > 0 && leaves[index - 1].range.end.line + 1 === block[0].range.start.line;
        const level = touchesAfter ? levelAt.get(after.offset)
            : touchesBefore && before ? lineLevelAt.get(before.offset)
                : isEnd ? 1 : after ? levelAt.get(after.offset) : before ? lineLevelAt.get(before.offset) : 0;
        comments.push(...block.map(leaf => ({ kind: 'comment' as const, leaf, level: level ?? 0 })));
        index += block.length;
    }
    return [...code, ...comments].sort((a, b) => a.leaf.offset - b.leaf.offset);
}

/** The comments on lines of their own that start at `index`, each on the line after the one before. */
function commentBlockAt(leaves: LeafCstNode[], index: number): LeafCstNode[] {
    const block: LeafCstNode[] = [];
    for (let i = index; i < leaves.length && leaves[i].hidden; i++) {
        const previous = leaves[i - 1];
        const ownLine = !previous || previous.range.end.line < leaves[i].range.start.line;
        if (!ownLine || (block.length > 0 && previous.range.end.line + 1 !== leaves[i].range.start.line)) {
            break;
        }
        block.push(leaves[i]);
    }
    return block;
}

function lastCode(leaves: LeafCstNode[], index: number): LeafCstNode | undefined {
    for (let i = index - 1; i >= 0; i--) {
        if (!leaves[i].hidden) {
            return leaves[i];
        }
    }
    return undefined;
}

/** Offsets of the tokens that start a line, with their level. */
function lineStarts(root: AstNode): Map<number, number> {
    const starts = new Map<number, number>();
    const mark = (node: CstNode | undefined, level: number) => {
        const first = node ? firstToken(node) : undefined;
        if (first) {
            starts.set(first.offset, level);
        }
    };
    mark(root.$cstNode, 0);
    for (const node of AstUtils.streamAllContents(root)) {
        const level = lineLevel(node);
        if (level !== undefined) {
            mark(node.$cstNode, level);
        }
        for (const [keyword, keywordLevel] of keywordStarts(node)) {
            mark(GrammarUtils.findNodeForKeyword(node.$cstNode, keyword), keywordLevel);
        }
    }
    return starts;
}

/** The level of a node that starts a line, or undefined if it continues its container's line. */
function lineLevel(node: AstNode): number | undefined {
    const container = node.$container;
    const property = node.$containerProperty;
    if (!container) {
        return undefined;
    }
    if (isDocument(container)) {
        return property === 'headers' ? 1 : property === 'members' || property === 'scenarios' ? 0 : undefined;
    }
    if (isSection(container)) {
        return property === 'members' ? 1 : undefined;
    }
    if (isScenario(container)) {
        return property === 'facts' || property === 'steps' ? 1 : undefined;
    }
    const clauseLike = property === 'clauses' || property === 'trigger' || property === 'entries'
        || (isEscalationRoute(container) && property === 'steps' && node.$containerIndex === 0);
    return clauseLike ? declarationLevel(container) + 1 : undefined;
}

/** Keywords that start a line of their own node: a section's `end`, a rule's `implements`, a route's `then via`. */
function keywordStarts(node: AstNode): Array<[string, number]> {
    if (isSection(node)) {
        return [['end', 0]];
    }
    if (isRule(node) || isRequirement(node)) {
        return [['implements', declarationLevel(node) + 1]];
    }
    if (isEscalationRoute(node)) {
        return [['then', declarationLevel(node) + 1]];
    }
    return [];
}

/** Declarations sit at column 0, or one level in inside a section. */
function declarationLevel(node: AstNode): number {
    return isSection(node.$container) ? 1 : 0;
}

function firstToken(node: CstNode): LeafCstNode | undefined {
    if (isLeafCstNode(node)) {
        return node.hidden ? undefined : node;
    }
    return CstUtils.flattenCst(node).find(leaf => !leaf.hidden);
}
