import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction, Position, TextEdit } from 'vscode-languageserver';
import { addCalendarYears, isLocalDate } from '@riskpolicy/engine';
import { isBuiltinUri } from '../riskpolicy-builtins.js';
import { isClosureHeader, isEffectiveHeader, isPolicy, isRole, isRoleSet, isSeniorityClause, type Role } from '../generated/ast.js';
import { endOf, quickFix, type FixContext } from './quick-fix-context.js';

/** `review by` more than a year after, or not after, `effective` → exactly twelve months after it. */
export function reviewTwelveMonthsOn(context: FixContext): CodeAction[] {
    const policy = context.node ? AstUtils.getContainerOfType(context.node, isPolicy) : undefined;
    const effective = policy?.headers.find(isEffectiveHeader)?.date;
    if (!effective || !isLocalDate(effective)) {
        return [];
    }
    const review = addCalendarYears(effective, 1);
    return [quickFix(context, `Review by ${review}, twelve months after the effective date`, [{ range: context.diagnostic.range, newText: review }], true)];
}

/** `closed 2024-12-27 to 2024-12-20` → `closed 2024-12-20 to 2024-12-27`. */
export function swapClosureDates(context: FixContext): CodeAction[] {
    const closure = context.node ? AstUtils.getContainerOfType(context.node, isClosureHeader) : undefined;
    const start = closure?.$cstNode && GrammarUtils.findNodeForProperty(closure.$cstNode, 'date');
    const end = closure?.$cstNode && GrammarUtils.findNodeForProperty(closure.$cstNode, 'until');
    if (!closure?.until || !start || !end) {
        return [];
    }
    return [quickFix(context, `Close from ${closure.until} to ${closure.date}`, [
        { range: start.range, newText: closure.until },
        { range: end.range, newText: closure.date }
    ], true)];
}

/** `[003 section 4.2]` → `[003 §4.2]`, when the validator found a certain reading. */
export function rewriteCitation(context: FixContext): CodeAction[] {
    const readable = context.data.readable;
    return typeof readable === 'string'
        ? [quickFix(context, `Write ${readable}`, [{ range: context.diagnostic.range, newText: readable }], true)]
        : [];
}

/** `A, B or C and D` → all `and` (every one acts) or all `or` (any one may). */
export function oneConjunction(context: FixContext): CodeAction[] {
    const set = context.node ? AstUtils.getContainerOfType(context.node, isRoleSet) : undefined;
    const words = set?.$cstNode ? GrammarUtils.findNodesForProperty(set.$cstNode, 'conjunctions').filter(word => word.text !== ',') : [];
    if (words.length === 0) {
        return [];
    }
    return [['and', 'all of them act'], ['or', 'any one of them may']].map(([conjunction, meaning], index) =>
        quickFix(context, `Write '${conjunction}' throughout: ${meaning}`,
            words.filter(word => word.text !== conjunction).map(word => ({ range: word.range, newText: conjunction })), index === 0));
}

/** An approver the ladder does not place above the author → `senior to <author>` on the approver's role. */
export function addSeniority(context: FixContext): CodeAction[] {
    const author = context.data.author;
    const set = context.node ? AstUtils.getContainerOfType(context.node, isRoleSet) : undefined;
    const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
    const approver = set?.parties.find(party => party.$refNode?.offset === offset)?.ref;
    if (typeof author !== 'string' || !isRole(approver) || !approver.$cstNode) {
        return [];
    }
    const home = AstUtils.getDocument(approver);
    if (isBuiltinUri(home.uri)) {
        return [];
    }
    return [{
        title: `Add 'senior to ${author}' to role '${approver.name}'`, kind: 'quickfix', diagnostics: [context.diagnostic], isPreferred: true,
        edit: { changes: { [home.textDocument.uri]: [seniorityEdit(approver, approver.$cstNode.range.end, author, home.textDocument.getText())] } }
    }];
}

function seniorityEdit(role: Role, end: Position, junior: string, text: string): TextEdit {
    const existing = role.clauses.find(isSeniorityClause);
    const lastJunior = existing?.juniors.at(-1)?.$refNode;
    if (lastJunior) {
        return { range: endOf(lastJunior.range), newText: `, ${junior}` };
    }
    const firstClause = role.clauses[0]?.$cstNode;
    const indent = firstClause ? ' '.repeat(firstClause.range.start.character) : ' '.repeat(4);
    const line = text.split(/\r?\n/)[end.line];
    // After a trailing comment rather than inside it; before anything else written on the same line.
    const at = /^\s*(#.*)?$/.test(line.slice(end.character)) ? { line: end.line, character: line.length } : end;
    return { range: { start: at, end: at }, newText: `\n${indent}senior to ${junior}` };
}
