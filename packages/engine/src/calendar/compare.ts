import { addDays, assertDate, splitDateTime, type LocalDate } from './dates.js';
import type { DeadlineResult, DurationSpec } from './deadline-result.js';
import { addDuration } from './deadlines.js';
import { CalendarError } from './errors.js';
import type { WorkingCalendar } from './working-calendar.js';

export interface StartSearch {
    from: LocalDate;
    /** Included. */
    to: LocalDate;
    /** The time of day every start is taken at; `00:00` unless given. */
    at?: string;
}

export interface LaterStart {
    start: LocalDate;
    a: DeadlineResult;
    b: DeadlineResult;
}

/**
 * The first start date in the range for which `a` falls due later than `b`,
 * with both results; undefined when `a` is never later there. Lets the
 * conformance checker show a date on which a local deadline is looser than the
 * national one it should meet (e.g. 20 working days against 4 weeks at Christmas).
 */
export function firstStartWhereLater(
    calendar: WorkingCalendar, a: DurationSpec, b: DurationSpec, range: StartSearch
): LaterStart | undefined {
    assertDate(range.from);
    assertDate(range.to);
    const time = splitDateTime(`${range.from}T${range.at ?? '00:00'}`).time;
    if (range.to < range.from) {
        throw new CalendarError('invalid-range', `The search range ${range.from} to ${range.to} ends before it starts`);
    }
    for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
        const start = `${date}T${time}`;
        const dueA = addDuration(calendar, start, a);
        const dueB = addDuration(calendar, start, b);
        if (dueA.due > dueB.due) {
            return { start: date, a: dueA, b: dueB };
        }
    }
    return undefined;
}
