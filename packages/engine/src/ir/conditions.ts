import { z } from 'zod';
import { Duration } from './common.js';

/**
 * A comparison on one or more scales, with the level range already expanded to the set of
 * levels it covers (`High or above` on Low < Medium < High < Very-High gives High and Very-High).
 * `written` keeps the author's form so the handbook and the checker can quote it.
 */
export const ScaleCondition = z.object({
    kind: z.literal('scale'),
    scales: z.array(z.string()).min(1),
    levels: z.array(z.string()),
    written: z.object({
        comparison: z.enum(['exactly', 'above', 'below']),
        levels: z.array(z.string()),
        orMore: z.enum(['above', 'below']).optional()
    })
});

export const AgeCondition = z.object({
    kind: z.literal('age'),
    /** Age in whole months, and which side of it matches. */
    months: z.number().int().min(0),
    comparison: z.enum(['at', 'under', 'over', 'at-or-over', 'at-or-under'])
});

export const PredicateCondition = z.object({
    kind: z.literal('predicate'),
    predicate: z.string()
});

export const NextMeetingCondition = z.object({
    kind: z.literal('next-meeting'),
    panel: z.string(),
    comparison: z.enum(['more-than', 'less-than']),
    duration: Duration
});

/** `dash-yes-answers is at least 14`. */
export const MeasureCondition = z.object({
    kind: z.literal('measure'),
    measure: z.string(),
    bound: z.enum(['at-least', 'at-most', 'exactly']),
    value: z.number().int()
});

export const WindowCondition = z.object({
    kind: z.literal('within-window'),
    event: z.string(),
    duration: Duration
});

export type Condition =
    | z.infer<typeof ScaleCondition>
    | z.infer<typeof AgeCondition>
    | z.infer<typeof PredicateCondition>
    | z.infer<typeof NextMeetingCondition>
    | z.infer<typeof WindowCondition>
    | z.infer<typeof MeasureCondition>
    | { kind: 'and'; operands: Condition[] }
    | { kind: 'or'; operands: Condition[] }
    | { kind: 'not'; operand: Condition };

export const AndCondition = z.object({
    kind: z.literal('and'),
    get operands() { return z.array(Condition); }
});

export const OrCondition = z.object({
    kind: z.literal('or'),
    get operands() { return z.array(Condition); }
});

export const NotCondition = z.object({
    kind: z.literal('not'),
    get operand() { return Condition; }
});

export const Condition: z.ZodType<Condition> = z.discriminatedUnion('kind', [
    ScaleCondition, AgeCondition, PredicateCondition, NextMeetingCondition, WindowCondition, MeasureCondition,
    AndCondition, OrCondition, NotCondition
]).meta({ id: 'Condition' });
