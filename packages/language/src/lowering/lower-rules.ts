import type { Action as IrAction, Rule as IrRule, SignOff as IrSignOff, Trigger as IrTrigger, TriggerEvent as IrTriggerEvent } from '@riskpolicy/engine';
import type { Action, Duty, Requirement, Rule, RoleSet, SignOff, Trigger, TriggerEvent } from '../generated/ast.js';
import { isApprovalRequirement, isDuty, isEscalates, isFlagDerivation, isNote, isProhibition, isRatingConstraint, isSection } from '../generated/ast.js';
import { lowerCondition, lowerLevels, lowerScaleNames } from './lower-conditions.js';
import { lowerTiming } from './lower-timing.js';
import type { LoweringContext } from './lowering-context.js';

export function lowerParties(set: RoleSet, context: LoweringContext): string[] {
    return set.parties.map(party => context.party(party));
}

/** True when a role set joins its members with `and`: all of them, not any one. */
export function isJoint(set: RoleSet): boolean {
    return set.conjunctions.includes('and');
}

function lowerApprovers(set: RoleSet, context: LoweringContext): { approvers: string[], all: boolean } {
    return { approvers: lowerParties(set, context), all: isJoint(set) };
}

export function lowerSignOff(signOff: SignOff, context: LoweringContext): IrSignOff {
    return { kind: signOff.kind === 'signed' ? 'signed-off' : signOff.kind as IrSignOff['kind'], ...lowerApprovers(signOff.approvers, context) };
}

function lowerTriggerEvent(event: TriggerEvent, context: LoweringContext): IrTriggerEvent {
    switch (event.$type) {
        case 'EventOccurrence':
            return { kind: 'event', event: context.name(event.event.ref, event.event.$refText) };
        case 'ScaleChange':
            return { kind: 'scale-change', scales: lowerScaleNames(event.scales, context), levels: lowerLevels(event.scales.map(scale => scale.ref), event.range) };
        case 'ScaleLowering':
            return { kind: 'scale-lowering', scales: lowerScaleNames(event.scales, context), fromLevels: lowerLevels(event.scales.map(scale => scale.ref), event.range) };
    }
}

function lowerTrigger(trigger: Trigger, context: LoweringContext): IrTrigger {
    if (trigger.$type === 'EventTrigger') {
        return {
            kind: 'event',
            events: trigger.events.map(event => lowerTriggerEvent(event, context)),
            ...(trigger.condition ? { condition: lowerCondition(trigger.condition, context) } : {})
        };
    }
    return { kind: 'state', mode: trigger.stateIf ? 'if' : 'while', condition: lowerCondition(trigger.condition, context) };
}

function lowerAction(action: Action, context: LoweringContext): IrAction {
    switch (action.$type) {
        case 'TaskAction':
            return { kind: 'task', task: action.task, with: action.participants ? lowerParties(action.participants, context) : [] };
        case 'ReferAction':
            return { kind: 'refer', to: lowerParties(action.targets, context) };
        case 'NotifyAction':
            return { kind: 'notify', recipients: lowerParties(action.recipients, context), all: isJoint(action.recipients), ...(action.subject ? { subject: action.subject } : {}) };
        case 'AttendAction':
            return { kind: 'attend', panel: context.name(action.panel.ref, action.panel.$refText) };
    }
}

function lowerDuty(duty: Duty, id: string, context: LoweringContext): IrRule['duties'][number] {
    return {
        id,
        actors: lowerParties(duty.actors, context),
        jointly: isJoint(duty.actors),
        strength: duty.consider ? 'consider' : duty.strength as 'must' | 'should' | 'may',
        action: lowerAction(duty.action, context),
        ...(duty.timing ? { timing: lowerTiming(duty.timing, context) } : {}),
        signOffs: duty.signOffs.map(signOff => lowerSignOff(signOff, context)),
        ...context.located(duty)
    };
}

export function lowerRule(rule: Rule | Requirement, context: LoweringContext): IrRule {
    const section = isSection(rule.$container) ? rule.$container.title : undefined;
    return {
        id: rule.name,
        ...(rule.title ? { title: rule.title } : {}),
        ...(section ? { section } : {}),
        ...context.located(rule),
        implements: rule.implements.map(reference => reference.$refText),
        ...(rule.trigger ? { trigger: lowerTrigger(rule.trigger, context) } : {}),
        duties: rule.clauses.filter(isDuty).map((duty, index) => lowerDuty(duty, `${rule.name}#${index + 1}`, context)),
        approvals: rule.clauses.filter(isApprovalRequirement).map(approval => ({
            kind: approval.kind as 'approval' | 'countersignature' | 'agreement',
            ...lowerApprovers(approval.approvers, context),
            ...context.located(approval)
        })),
        escalations: rule.clauses.filter(isEscalates).map(escalation => ({
            ...(escalation.route ? { route: context.name(escalation.route.ref, escalation.route.$refText) } : {}),
            to: escalation.to ? lowerParties(escalation.to, context) : [],
            ...context.located(escalation)
        })),
        prohibitions: rule.clauses.filter(isProhibition).map(prohibition => ({
            actors: lowerParties(prohibition.actors, context),
            strength: prohibition.strength as 'must' | 'should',
            task: prohibition.task,
            ...context.located(prohibition)
        })),
        constraints: rule.clauses.filter(isRatingConstraint).map(constraint => ({
            scale: context.name(constraint.scale.ref, constraint.scale.$refText),
            levels: lowerLevels([constraint.scale.ref], constraint.range),
            ...context.located(constraint)
        })),
        derives: rule.clauses.filter(isFlagDerivation).map(derivation => ({
            flag: context.name(derivation.flag.ref, derivation.flag.$refText), ...context.located(derivation)
        })),
        notes: rule.clauses.filter(isNote).map(note => ({ text: note.text, ...context.located(note) }))
    };
}
