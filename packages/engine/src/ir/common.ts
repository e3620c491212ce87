import { z } from 'zod';

/** A position in a source file: 1-based line and column, as editors and the CLI print them. */
export const SourcePosition = z.object({
    line: z.number().int().min(1),
    column: z.number().int().min(1)
});

/** Where an IR node was written: the file (as given to the compiler) and the range inside it. */
export const SourceRange = z.object({
    file: z.string(),
    start: SourcePosition,
    end: SourcePosition
});
export type SourceRange = z.infer<typeof SourceRange>;

/**
 * A citation such as `[003 §4.2.1]`, `[004:13506-14010]` or `[000 §21 line 377]`:
 * the text as written, and the parts that could be read from it.
 */
export const Citation = z.object({
    text: z.string(),
    document: z.string(),
    section: z.string().optional(),
    lines: z.object({ from: z.number().int().min(1), to: z.number().int().min(1) }).optional()
});
export type Citation = z.infer<typeof Citation>;

/** Units a duration may carry. `days` is kept so the checker can ask whether working or calendar days are meant. */
export const DurationUnit = z.enum(['hours', 'working-days', 'calendar-days', 'days', 'weeks', 'months', 'years']);
export type DurationUnit = z.infer<typeof DurationUnit>;

/** A length of time. `unit` is null when the author gave a number alone (always reported as an error). */
export const Duration = z.object({
    value: z.number().int().min(0),
    unit: DurationUnit.nullable()
});
export type Duration = z.infer<typeof Duration>;

/** Fields every declared IR node carries. */
export const Located = {
    source: SourceRange,
    citations: z.array(Citation)
};

export const Strength = z.enum(['must', 'should', 'consider', 'may']);
export type Strength = z.infer<typeof Strength>;

export const Weekday = z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
export type Weekday = z.infer<typeof Weekday>;

/** ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** Time of day, `HH:MM`. */
export const TimeOfDay = z.string().regex(/^\d{1,2}:\d{2}$/);
