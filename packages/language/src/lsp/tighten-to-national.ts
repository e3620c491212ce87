import type { AstNodeLocator, IndexManager, LangiumDocuments } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import type { RequirementReference } from '@riskpolicy/engine';
import type { Requirement } from '../generated/ast.js';
import { isCadence, isDuty, isRequirement, isRule } from '../generated/ast.js';
import { endOf, quickFix, type FixContext } from './quick-fix-context.js';

/** Finds a national requirement by `<standard>.<id>` in the workspace index. */
export function findRequirement(reference: RequirementReference, index: IndexManager, documents: LangiumDocuments, locator: AstNodeLocator): Requirement | undefined {
    const description = index.allElements('Requirement').find(candidate => candidate.name === `${reference.standard}.${reference.id}`);
    const document = description && documents.hasDocument(description.documentUri) ? documents.getDocument(description.documentUri) : undefined;
    const node = document && description ? locator.getAstNode(document.parseResult.value, description.path) : undefined;
    return isRequirement(node) ? node : undefined;
}

/**
 * "Tighten to the national requirement": the local duty takes the national timing (for a later
 * deadline, a longer interval or a missing deadline), or the rule takes the national trigger
 * (for a narrower trigger).
 */
export function tightenToNational(context: FixContext, requirement: Requirement | undefined): CodeAction[] {
    if (!requirement || !context.node) {
        return [];
    }
    const code = context.data.code;
    if (code === 'trigger-narrower') {
        const rule = AstUtils.getContainerOfType(context.node, isRule);
        const local = rule?.trigger?.$cstNode;
        const national = requirement.trigger?.$cstNode;
        return local && national
            ? [quickFix(context, `Tighten to the national requirement: ${national.text}`, [{ range: local.range, newText: national.text }], true)]
            : [];
    }
    const duty = AstUtils.getContainerOfType(context.node, isDuty);
    const national = requirement.clauses.find(isDuty)?.timing?.$cstNode;
    if (!duty || !national) {
        return [];
    }
    const local = duty.timing?.$cstNode;
    const action = duty.action?.$cstNode;
    if (!local && !action) {
        return [];
    }
    const edit = local
        ? { range: local.range, newText: national.text }
        : { range: endOf(action!.range), newText: ` ${national.text}` };
    return [quickFix(context, `Tighten to the national requirement: ${national.text}`, [edit], true)];
}

/** cadence-event-missing: keep the local interval and add the events the national cadence also reviews on. */
export function addCadenceEvents(context: FixContext, requirement: Requirement | undefined): CodeAction[] {
    const duty = context.node ? AstUtils.getContainerOfType(context.node, isDuty) : undefined;
    const local = duty?.timing;
    const national = requirement?.clauses.find(isDuty)?.timing;
    if (!isCadence(local) || !isCadence(national) || !local.$cstNode) {
        return [];
    }
    const missing = national.onEvents.map(event => event.$refText).filter(event => !local.onEvents.some(own => own.$refText === event));
    if (missing.length === 0) {
        return [];
    }
    const words = `${local.onEvents.length > 0 ? ' or' : ' and on'} ${missing.join(' or ')}`;
    return [quickFix(context, `Also review on ${missing.join(' or ')}, as the national requirement does`, [{ range: endOf(local.$cstNode.range), newText: words }], true)];
}

/** duty-weaker: the local duty in the national words (`should` → `must`, `must consider` → `should`). */
export function useNationalStrength(context: FixContext, requirement: Requirement | undefined): CodeAction[] {
    const duty = context.node ? AstUtils.getContainerOfType(context.node, isDuty) : undefined;
    const national = requirement?.clauses.find(isDuty);
    const strength = duty?.$cstNode && GrammarUtils.findNodeForProperty(duty.$cstNode, 'strength');
    if (!duty?.$cstNode || !national || !strength) {
        return [];
    }
    const consider = GrammarUtils.findNodeForProperty(duty.$cstNode, 'consider');
    const words = national.consider ? `${national.strength} consider` : national.strength;
    return [quickFix(context, `Write '${words}', as the national requirement does`, [{ range: { start: strength.range.start, end: (consider ?? strength).range.end }, newText: words }], true)];
}
