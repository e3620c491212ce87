import { addDays, yearOf, type LocalDate } from './dates.js';
import type { SkippedDay } from './deadline-result.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Where a walk over the calendar ended, and the non-working days it passed over. */
export interface Walk {
    end: LocalDate;
    skipped: SkippedDay[];
}

type Step = 1 | -1;

/** From `date` (included), steps until it reaches a working day. */
export function walkToWorkingDay(calendar: WorkingCalendar, date: LocalDate, step: Step): Walk {
    const skipped: SkippedDay[] = [];
    let day = date;
    for (let reason = calendar.nonWorkingReason(day); reason; reason = calendar.nonWorkingReason(day)) {
        skipped.push({ date: day, reason });
        day = addDays(day, step);
    }
    return { end: day, skipped };
}

/**
 * Counts `count` working days on from `date`. A non-working `date` first moves to
 * the nearest working day in the direction of travel, which then counts as day 0.
 */
export function walkWorkingDays(calendar: WorkingCalendar, date: LocalDate, count: number, step: Step): Walk {
    const { end: anchor, skipped } = walkToWorkingDay(calendar, date, step);
    let day = anchor;
    for (let counted = 0; counted < count;) {
        day = addDays(day, step);
        const reason = calendar.nonWorkingReason(day);
        if (reason) {
            skipped.push({ date: day, reason });
        } else {
            counted++;
        }
    }
    return { end: day, skipped };
}

/** The years from the earlier to the later date that the calendar does not vouch for. */
export function unconfirmedYearsBetween(calendar: WorkingCalendar, a: LocalDate, b: LocalDate): number[] {
    const [from, to] = a <= b ? [yearOf(a), yearOf(b)] : [yearOf(b), yearOf(a)];
    const years: number[] = [];
    for (let year = from; year <= to; year++) {
        if (!calendar.isConfirmedYear(year)) {
            years.push(year);
        }
    }
    return years;
}
