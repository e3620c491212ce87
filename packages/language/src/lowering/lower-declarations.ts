import type { Advisory as IrAdvisory, EscalationRoute as IrEscalationRoute, Event as IrEvent, Panel as IrPanel, Role as IrRole, Scale as IrScale } from '@riskpolicy/engine';
import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { Advisory, EscalationRoute, Event, Flag, Measure, NamedCondition, Panel, Role, Scale } from '../generated/ast.js';
import { isNote, isSuggestion } from '../generated/ast.js';
import { isPreludeUri } from '../riskpolicy-builtins.js';
import { lowerCondition } from './lower-conditions.js';
import { lowerCadence, lowerDeadline, lowerDuration, lowerExternal, lowerMeetingCadence } from './lower-timing.js';
import { isJoint, lowerParties, lowerSignOff } from './lower-rules.js';
import type { LoweringContext } from './lowering-context.js';

function origin(node: AstNode): 'prelude' | 'document' {
    return isPreludeUri(AstUtils.getDocument(node).uri) ? 'prelude' : 'document';
}

function named(node: AstNode & { name: string, title?: string, aliases?: Array<{ name: string }> }) {
    return {
        id: node.name,
        ...(node.title ? { title: node.title } : {}),
        aliases: (node.aliases ?? []).map(alias => alias.name),
        origin: origin(node)
    };
}

export function lowerScale(scale: Scale, context: LoweringContext): IrScale {
    return {
        ...named(scale),
        ...context.located(scale),
        ordered: scale.ordered,
        levels: scale.levels.map(level => ({ id: level.name, ...(level.title ? { title: level.title } : {}), aliases: level.aliases.map(alias => alias.name) }))
    };
}

export function lowerRole(role: Role, context: LoweringContext): IrRole {
    const clauses = role.clauses;
    const actsAs = clauses.find(clause => clause.$type === 'ActsAsClause');
    return {
        ...named(role),
        ...context.located(role),
        external: role.external,
        seniorTo: clauses.flatMap(clause => clause.$type === 'SeniorityClause' ? clause.juniors.map(junior => context.name(junior.ref, junior.$refText)) : []),
        standIns: clauses.flatMap(clause => clause.$type === 'StandInClause' ? clause.standIns.map(standIn => context.name(standIn.ref, standIn.$refText)) : []),
        ...(actsAs?.$type === 'ActsAsClause' ? { actsAs: context.name(actsAs.grade.ref, actsAs.grade.$refText) } : {})
    };
}

export function lowerEvent(event: Event, context: LoweringContext): IrEvent {
    return {
        ...named(event),
        ...context.located(event),
        ...(event.base ? { kindOf: context.name(event.base.ref, event.base.$refText) } : {})
    };
}

export function lowerMeasure(measure: Measure, context: LoweringContext) {
    return { id: measure.name, ...(measure.title ? { title: measure.title } : {}), origin: origin(measure), ...context.located(measure) };
}

export function lowerFlag(flag: Flag, context: LoweringContext) {
    return { id: flag.name, ...(flag.title ? { title: flag.title } : {}), origin: origin(flag), ...context.located(flag) };
}

export function lowerNamedCondition(condition: NamedCondition, context: LoweringContext) {
    return {
        id: condition.name, ...(condition.title ? { title: condition.title } : {}), origin: origin(condition),
        ...context.located(condition), condition: lowerCondition(condition.condition, context)
    };
}

export function lowerPanel(panel: Panel, context: LoweringContext): IrPanel {
    const lowered: IrPanel = {
        id: panel.name, ...(panel.title ? { title: panel.title } : {}), aliases: panel.aliases.map(alias => alias.name),
        ...context.located(panel),
        chairs: [], members: [], presenters: [], meets: [], thresholds: [], papers: [], minutes: [], actions: [], reviews: [], exits: [], countsAs: []
    };
    for (const clause of panel.clauses) {
        const at = context.located(clause);
        switch (clause.$type) {
            case 'ChairClause': lowered.chairs.push({ roles: lowerParties(clause.chairs, context), jointly: isJoint(clause.chairs), ...at }); break;
            case 'MembersClause': lowered.members.push(...clause.members.map(member => context.party(member))); break;
            case 'PresenterClause': lowered.presenters.push({
                roles: clause.presenters.map(role => context.name(role.ref, role.$refText)),
                standIns: clause.standIns.map(role => context.name(role.ref, role.$refText)), ...at
            }); break;
            case 'MeetsClause': lowered.meets.push({ cadence: lowerMeetingCadence(clause.cadence), ...at }); break;
            case 'ThresholdClause': lowered.thresholds.push({ condition: lowerCondition(clause.condition, context), ...at }); break;
            case 'PapersClause': lowered.papers.push({ deadline: lowerDeadline(clause.deadline, context), ...at }); break;
            case 'MinutesClause': lowered.minutes.push({ deadline: lowerDeadline(clause.deadline, context), ...at }); break;
            case 'ActionsClause': lowered.actions.push({ deadline: lowerDeadline(clause.deadline, context), ...at }); break;
            case 'PanelReviewClause': lowered.reviews.push({
                timing: clause.timing.$type === 'Cadence' ? lowerCadence(clause.timing, context) : lowerExternal(clause.timing), ...at
            }); break;
            case 'ExitClause': lowered.exits.push({
                condition: lowerCondition(clause.condition, context), ...(clause.signOff ? { signOff: lowerSignOff(clause.signOff, context) } : {}), ...at
            }); break;
            case 'MappaClause': lowered.countsAs.push({
                scheme: clause.scheme, level: clause.level, ...(clause.condition ? { condition: lowerCondition(clause.condition, context) } : {}), ...at
            }); break;
        }
    }
    return lowered;
}

export function lowerEscalationRoute(route: EscalationRoute, context: LoweringContext): IrEscalationRoute {
    return {
        id: route.name, ...(route.title ? { title: route.title } : {}), ...context.located(route),
        steps: route.steps.map(step => ({ holders: lowerParties(step.holders, context), ...(step.timeout ? { timeout: lowerDuration(step.timeout) } : {}) })),
        ...(route.next ? { continuesWith: context.name(route.next.ref, route.next.$refText) } : {})
    };
}

export function lowerAdvisory(advisory: Advisory, context: LoweringContext): IrAdvisory {
    return {
        id: advisory.name, ...(advisory.title ? { title: advisory.title } : {}), ...context.located(advisory),
        suggestions: advisory.entries.filter(isSuggestion).map(suggestion => ({
            condition: lowerCondition(suggestion.condition, context),
            scale: context.name(suggestion.scale.ref, suggestion.scale.$refText),
            levels: suggestedLevels(suggestion.scale.ref, suggestion.range.low.ref?.name ?? suggestion.range.low.$refText, suggestion.range.high?.ref?.name),
            ...context.located(suggestion)
        })),
        notes: advisory.entries.filter(isNote).map(note => ({ text: note.text, ...context.located(note) }))
    };
}

/** `Medium to High` on an ordered scale: Medium, High and anything between them. */
function suggestedLevels(scale: Scale | undefined, low: string, high: string | undefined): string[] {
    if (!scale || !high) {
        return [low];
    }
    const names = scale.levels.map(level => level.name);
    const from = names.indexOf(low);
    const to = names.indexOf(high);
    return from >= 0 && to >= from ? names.slice(from, to + 1) : [low, high];
}
