import type { Condition as IrCondition } from '@riskpolicy/engine';
import type { AgeCondition, Condition, LevelRange, Scale } from '../generated/ast.js';
import { expandLevelRange } from './level-range.js';
import { lowerDuration } from './lower-timing.js';
import type { LoweringContext } from './lowering-context.js';

/** Levels a range covers across all the scales it is compared on (they share level names). */
export function lowerLevels(scales: Array<Scale | undefined>, range: LevelRange): string[] {
    const covered = new Set<string>();
    for (const scale of scales) {
        if (scale) {
            expandLevelRange(scale, range).forEach(level => covered.add(level));
        }
    }
    return [...covered];
}

export function lowerScaleNames(scales: Array<{ ref?: Scale, $refText: string }>, context: LoweringContext): string[] {
    return scales.map(scale => context.name(scale.ref, scale.$refText));
}

function lowerAge(condition: AgeCondition): IrCondition {
    const months = condition.years * 12 + (condition.months ?? 0);
    const comparison = condition.orMore === 'over' ? 'at-or-over'
        : condition.orMore === 'under' ? 'at-or-under'
            : condition.comparison ?? 'at';
    return { kind: 'age', months, comparison };
}

export function lowerCondition(condition: Condition, context: LoweringContext): IrCondition {
    switch (condition.$type) {
        case 'OrCondition':
        case 'AndCondition': {
            const kind = condition.$type === 'OrCondition' ? 'or' : 'and';
            const operands = [condition.left, condition.right].flatMap(operand => {
                const lowered = lowerCondition(operand, context);
                return lowered.kind === kind ? lowered.operands : [lowered];
            });
            return { kind, operands };
        }
        case 'NegatedCondition':
            return { kind: 'not', operand: lowerCondition(condition.operand, context) };
        case 'ScaleComparison':
            return {
                kind: 'scale',
                scales: lowerScaleNames(condition.scales, context),
                levels: lowerLevels(condition.scales.map(scale => scale.ref), condition.range),
                written: {
                    comparison: (condition.range.comparison as 'above' | 'below' | 'exactly' | undefined) ?? 'exactly',
                    levels: condition.range.levels.map(level => level.ref?.name ?? level.$refText),
                    ...(condition.range.orMore ? { orMore: condition.range.orMore as 'above' | 'below' } : {})
                }
            };
        case 'AgeCondition':
            return lowerAge(condition);
        case 'PredicateCondition':
            return { kind: 'predicate', predicate: context.name(condition.predicate.ref, condition.predicate.$refText) };
        case 'NextMeetingCondition':
            return {
                kind: 'next-meeting', panel: context.name(condition.panel.ref, condition.panel.$refText),
                comparison: condition.comparison === 'more' ? 'more-than' : 'less-than', duration: lowerDuration(condition.duration)
            };
        case 'MeasureCondition':
            return {
                kind: 'measure', measure: context.name(condition.measure.ref, condition.measure.$refText),
                bound: condition.bound === 'least' ? 'at-least' : condition.bound === 'most' ? 'at-most' : 'exactly', value: condition.value
            };
        case 'WindowCondition':
            return { kind: 'within-window', event: context.name(condition.event.ref, condition.event.$refText), duration: lowerDuration(condition.duration) };
    }
}
