import type { DurationUnit } from '../ir/common.js';
import type { LocalDateTime, LocalDate } from './dates.js';
import type { NonWorkingReason } from './working-calendar.js';

/** A duration the calendar can compute with; `unit` may be null as in the IR, and is then refused. */
export interface DurationSpec {
    value: number;
    unit: DurationUnit | null;
}

/** `after` counts forward from the start (`within 10 working days of`); `before` counts back (`6 months before release`). */
export type Direction = 'after' | 'before';

/** How the due date was reached: a duration, or the `same working day` / `next working day` deadlines. */
export type DeadlineRule = 'duration' | 'same-working-day' | 'next-working-day';

export interface SkippedDay {
    date: LocalDate;
    reason: NonWorkingReason;
}

/** A due date-time and everything needed to explain it. */
export interface DeadlineResult {
    due: LocalDateTime;
    start: LocalDateTime;
    unit: DurationUnit;
    value: number;
    direction: Direction;
    rule: DeadlineRule;
    /** Non-working days passed over, in date order: while counting working days, or while moving off a non-working day. */
    skipped: SkippedDay[];
    /** Set when a calendar, week, month or year deadline fell on a non-working day and was moved. */
    moved?: { from: LocalDateTime, to: LocalDateTime, reason: NonWorkingReason };
    /** True when the result depends on bank holidays of a year the calendar does not vouch for. */
    provisional: boolean;
    /** The years behind `provisional`; empty when it is false. */
    unconfirmedYears: number[];
}
