/**
 * Date arithmetic for deadlines. Start and due are local wall-clock date-times,
 * `YYYY-MM-DDTHH:MM`; a day-based deadline falls due at the end of its day, 23:59.
 *
 * Rules:
 * 1. Hours are wall-clock hours: 24 hours from Fri 10:00 is Sat 10:00. An hours
 *    deadline is never moved off a non-working day.
 * 2. N working days after a start is the Nth working day after the start date.
 *    A start on a non-working day counts from the next working day: that day is
 *    day 0. So 0 working days is the start date if it is a working day, else the
 *    next working day.
 * 3. N calendar days is the start date plus N days; N weeks is plus 7×N days.
 *    A calendar deadline that falls on a non-working day moves to the next working day.
 * 4. N months or years is date-fns `addMonths` / `addYears` from the start date.
 *    Month ends: 31 Jan + 1 month = 28 Feb (29 in a leap year): the last day of a
 *    shorter month; likewise 29 Feb 2024 + 1 year = 28 Feb 2025. Chained
 *    additions are therefore not associative: (31 Jan + 1 month) + 1 month is
 *    28 Mar, but 31 Jan + 2 months is 31 Mar. Then, as for calendar days, a
 *    deadline that falls on a non-working day moves to the next working day.
 * 5. `days` without `working` or `calendar` is refused with a CalendarError
 *    ('ambiguous-unit'): the calendar does not guess which was meant.
 * 6. Before an event (`6 months before release`) mirrors rules 1–4 backwards:
 *    a start on a non-working day counts from the previous working day, and a
 *    due date that falls on a non-working day moves to the previous working day
 *    (earlier: the safe side).
 * 7. Same working day: the end of the start date if it is a working day, else the
 *    end of the next working day. Next working day: the end of the first working
 *    day after the start date.
 * 8. A result is provisional when it depends on whether a day in an unconfirmed
 *    year (see confirmed-years.ts) is a bank holiday. Hours never depend on it.
 */
import { addCalendarMonths, addCalendarYears, addDays, addWallClockHours, dateOf, endOfDay, type LocalDateTime, type LocalDate } from './dates.js';
import type { DeadlineResult, DeadlineRule, Direction, DurationSpec } from './deadline-result.js';
import { unconfirmedYearsBetween, walkToWorkingDay, walkWorkingDays, type Walk } from './day-walk.js';
import { CalendarError } from './errors.js';
import type { WorkingCalendar } from './working-calendar.js';

/** The due date-time `duration` after `start`. */
export function addDuration(calendar: WorkingCalendar, start: LocalDateTime, duration: DurationSpec): DeadlineResult {
    return computeDeadline(calendar, start, duration, 'after');
}

/** The due date-time `duration` before `start` (the event, e.g. release). */
export function subtractDuration(calendar: WorkingCalendar, start: LocalDateTime, duration: DurationSpec): DeadlineResult {
    return computeDeadline(calendar, start, duration, 'before');
}

/** The end of the start date if it is a working day, else the end of the next working day. */
export function sameWorkingDay(calendar: WorkingCalendar, start: LocalDateTime): DeadlineResult {
    const date = dateOf(start);
    return fromWalk(calendar, start, { value: 0, unit: 'working-days' }, 'after', 'same-working-day', date, walkToWorkingDay(calendar, date, 1));
}

/** The end of the first working day after the start date. */
export function nextWorkingDay(calendar: WorkingCalendar, start: LocalDateTime): DeadlineResult {
    const date = dateOf(start);
    const walk = walkToWorkingDay(calendar, addDays(date, 1), 1);
    return fromWalk(calendar, start, { value: 1, unit: 'working-days' }, 'after', 'next-working-day', date, walk);
}

function computeDeadline(calendar: WorkingCalendar, start: LocalDateTime, duration: DurationSpec, direction: Direction): DeadlineResult {
    const { value, unit } = checkedDuration(duration);
    const sign = direction === 'after' ? 1 : -1;
    const date = dateOf(start);
    switch (unit) {
        case 'hours':
            return {
                due: addWallClockHours(start, sign * value), start, unit, value, direction, rule: 'duration',
                skipped: [], provisional: false, unconfirmedYears: []
            };
        case 'working-days':
            return fromWalk(calendar, start, { value, unit }, direction, 'duration', date, walkWorkingDays(calendar, date, value, sign));
        case 'calendar-days':
            return movedOffNonWorkingDay(calendar, start, { value, unit }, direction, addDays(date, sign * value));
        case 'weeks':
            return movedOffNonWorkingDay(calendar, start, { value, unit }, direction, addDays(date, sign * value * 7));
        case 'months':
            return movedOffNonWorkingDay(calendar, start, { value, unit }, direction, addCalendarMonths(date, sign * value));
        case 'years':
            return movedOffNonWorkingDay(calendar, start, { value, unit }, direction, addCalendarYears(date, sign * value));
    }
}

function checkedDuration(duration: DurationSpec): DurationSpec & { unit: Exclude<DurationSpec['unit'], 'days' | null> } {
    const { value, unit } = duration;
    if (!Number.isInteger(value) || value < 0) {
        throw new CalendarError('invalid-duration', `A duration needs a whole number of at least 0, not ${value}`);
    }
    if (unit === null) {
        throw new CalendarError('missing-unit', `The duration ${value} has no unit`);
    }
    if (unit === 'days') {
        throw new CalendarError('ambiguous-unit', `'${value} days' does not say whether working or calendar days are meant`);
    }
    return { value, unit };
}

function movedOffNonWorkingDay(
    calendar: WorkingCalendar, start: LocalDateTime, duration: DurationSpec & { unit: DeadlineResult['unit'] },
    direction: Direction, raw: LocalDate
): DeadlineResult {
    const walk = walkToWorkingDay(calendar, raw, direction === 'after' ? 1 : -1);
    const result = fromWalk(calendar, start, duration, direction, 'duration', raw, walk);
    const reason = calendar.nonWorkingReason(raw);
    return reason ? { ...result, moved: { from: endOfDay(raw), to: result.due, reason } } : result;
}

/** `consultedFrom` is the first day whose working status the result depends on. */
function fromWalk(
    calendar: WorkingCalendar, start: LocalDateTime, duration: DurationSpec & { unit: DeadlineResult['unit'] },
    direction: Direction, rule: DeadlineRule, consultedFrom: LocalDate, walk: Walk
): DeadlineResult {
    const unconfirmedYears = unconfirmedYearsBetween(calendar, consultedFrom, walk.end);
    return {
        due: endOfDay(walk.end), start, unit: duration.unit, value: duration.value, direction, rule,
        skipped: [...walk.skipped].sort((a, b) => a.date.localeCompare(b.date)),
        provisional: unconfirmedYears.length > 0, unconfirmedYears
    };
}
