import type { AstNode } from 'langium';
import type { Expectation as IrExpectation, ScenarioCase, ScenarioSetIr } from '@riskpolicy/engine';
import type { Expectation, Scenario, ScenarioSet } from '../generated/ast.js';
import { isAbsence, isCompletion, isDatedEvent, isExpectation, isJudgement, isSitting } from '../generated/ast.js';
import { LoweringContext } from './lowering-context.js';

function at(step: { date: string, time?: string }) {
    return { date: step.date, ...(step.time ? { time: step.time } : {}) };
}

function lowerExpectation(expectation: Expectation, context: LoweringContext): IrExpectation {
    const located = context.located(expectation);
    if (expectation.breach) {
        return { kind: 'breach', rule: expectation.rule?.$refText ?? '', ...located };
    }
    if (expectation.escalation) {
        return { kind: 'escalation', to: expectation.escalatedTo ? context.party(expectation.escalatedTo) : '', date: expectation.escalatedOn!, ...located };
    }
    if (expectation.approval) {
        return { kind: 'approval', by: expectation.approver ? context.party(expectation.approver) : '', ...located };
    }
    return { kind: 'due', task: expectation.task ?? '', date: expectation.due!, ...(expectation.time ? { time: expectation.time } : {}), ...located };
}

function lowerCase(scenario: Scenario, context: LoweringContext): ScenarioCase {
    const steps = scenario.steps;
    const born = scenario.facts.find(fact => fact.birthDate)?.birthDate;
    const caseType = scenario.facts.find(fact => fact.caseType)?.caseType;
    return {
        name: scenario.name,
        ...context.located(scenario),
        ...(born ? { born } : {}),
        ...(caseType ? { caseType: context.name(caseType.ref, caseType.$refText) } : {}),
        flags: scenario.facts.filter(fact => fact.flag).map(fact => context.name(fact.flag!.ref, fact.flag!.$refText)),
        events: steps.filter(isDatedEvent).map(step => ({ event: context.name(step.event.ref, step.event.$refText), ...at(step), ...context.located(step) })),
        judgements: steps.filter(isJudgement).map(step => ({
            scale: context.name(step.scale.ref, step.scale.$refText), level: step.level.ref?.name ?? step.level.$refText, ...at(step), ...context.located(step)
        })),
        completions: steps.filter(isCompletion).map(step => ({ actor: context.party(step.actor), task: step.task, ...at(step), ...context.located(step) })),
        absences: steps.filter(isAbsence).map(step => ({ actor: context.name(step.actor.ref, step.actor.$refText), from: step.from, to: step.until, ...context.located(step) })),
        sittings: steps.filter(isSitting).map(step => ({ panel: context.name(step.panel.ref, step.panel.$refText), date: step.date, ...context.located(step) })),
        expectations: steps.filter(isExpectation).map(step => lowerExpectation(step, context))
    };
}

/** A scenarios file as the simulator reads it. */
export function lowerScenarios(set: ScenarioSet, fileName: (node: AstNode) => string): ScenarioSetIr {
    const context = new LoweringContext(fileName);
    return { kind: 'scenarios', policy: set.policy.$refText, cases: set.scenarios.map(scenario => lowerCase(scenario, context)) };
}
