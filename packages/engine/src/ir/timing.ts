import { z } from 'zod';
import { Duration, DurationUnit, TimeOfDay, Weekday } from './common.js';

/** The event a deadline is measured from (or before), e.g. `of the judgement`, `before release`. */
export const Anchor = z.object({
    relation: z.enum(['of', 'after', 'before', 'from']),
    event: z.string(),
    next: z.boolean()
});
export type Anchor = z.infer<typeof Anchor>;

export const Deadline: z.ZodType<Deadline> = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('immediately') }),
    /** `as soon as practicable`, optionally with a hard limit (`, and within 24 hours of the judgement`). */
    z.object({ kind: z.literal('soon'), manner: z.enum(['possible', 'practicable']), get limit() { return Deadline.optional(); } }),
    /** `before the transfer`, `by release`, `at sentence`: the event itself is the deadline. */
    z.object({ kind: z.literal('event'), relation: z.enum(['before', 'by', 'at']), anchor: Anchor }),
    z.object({ kind: z.literal('same-working-day'), anchor: Anchor.nullable() }),
    z.object({ kind: z.literal('next-working-day'), anchor: Anchor.nullable() }),
    z.object({ kind: z.literal('next-meeting'), panel: z.string(), relation: z.enum(['by', 'before', 'at']) }),
    z.object({ kind: z.literal('weekday-before'), weekday: Weekday, time: TimeOfDay.optional(), anchor: Anchor }),
    /** `within 24 hours of the judgement`; anchor is null when the author gave none (always an error). */
    z.object({ kind: z.literal('relative'), duration: Duration, anchor: Anchor.nullable() })
]).meta({ id: 'Deadline' });

export type Deadline =
    | { kind: 'immediately' }
    | { kind: 'soon', manner: 'possible' | 'practicable', limit?: Deadline }
    | { kind: 'event', relation: 'before' | 'by' | 'at', anchor: Anchor }
    | { kind: 'same-working-day', anchor: Anchor | null }
    | { kind: 'next-working-day', anchor: Anchor | null }
    | { kind: 'next-meeting', panel: string, relation: 'by' | 'before' | 'at' }
    | { kind: 'weekday-before', weekday: z.infer<typeof Weekday>, time?: string, anchor: Anchor }
    | { kind: 'relative', duration: Duration, anchor: Anchor | null };

/** `at least every 12 weeks and on significant-change`: the longest gap allowed between two occurrences. */
export const Cadence = z.object({
    kind: z.literal('cadence'),
    every: Duration,
    alsoOn: z.array(z.string())
});

/** `at least 8 times a month for the first 3 months, then 4 times a month`. */
export const Frequency = z.object({
    kind: z.literal('frequency'),
    bound: z.enum(['at-least', 'at-most']),
    phases: z.array(z.object({
        count: z.number().int().min(0),
        per: DurationUnit.nullable(),
        firstSpan: Duration.optional()
    })).min(1)
});

/** The value lives in another document: reported as unverifiable, never as missing. */
export const ExternalValue = z.object({
    kind: z.literal('external'),
    document: z.string()
});

export const Timing = z.union([Deadline, Cadence, Frequency, ExternalValue]);
export type Timing = Deadline | z.infer<typeof Cadence> | z.infer<typeof Frequency> | z.infer<typeof ExternalValue>;

/** How a panel meets. */
export const MeetingCadence = z.object({
    every: Duration.optional(),
    timesPerYear: z.number().int().min(1).optional(),
    weekday: Weekday.optional(),
    time: TimeOfDay.optional(),
    firstSitting: z.string().optional()
});
export type MeetingCadence = z.infer<typeof MeetingCadence>;
