import { addMonths, addYears } from 'date-fns';
import { CalendarError } from './errors.js';

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A local wall-clock date-time, `YYYY-MM-DDTHH:MM` (UK local time, no zone). */
export type LocalDateTime = string;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The time a day-based deadline falls due: the end of its day. */
export const END_OF_DAY = '23:59';

/**
 * Checked dates and date-times, by their text. Deadline searches read the same few thousand dates
 * again and again, and checking one (a pattern and a Date round trip) was most of their cost.
 */
interface CheckedDate {
    parts: readonly [number, number, number];
    weekday: number;
    next?: LocalDate;
    previous?: LocalDate;
}
const checkedDates = new Map<string, CheckedDate>();
const checkedDateTimes = new Map<string, { date: LocalDate, time: string }>();
const MAX_CHECKED = 100_000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
    if (cache.size >= MAX_CHECKED) {
        cache.clear();
    }
    cache.set(key, value);
    return value;
}

function checked(date: LocalDate): CheckedDate {
    const known = checkedDates.get(date);
    if (known) {
        return known;
    }
    const match = DATE_PATTERN.exec(date);
    if (match) {
        const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
        const utc = new Date(Date.UTC(year, month - 1, day));
        if (utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day) {
            return remember(checkedDates, date, { parts: [year, month, day] as const, weekday: utc.getUTCDay() });
        }
    }
    throw new CalendarError('invalid-date', `'${date}' is not a date of the form YYYY-MM-DD`);
}

function parts(date: LocalDate): readonly [number, number, number] {
    return checked(date).parts;
}

/** True for a real calendar date written YYYY-MM-DD (no 31 Apr, no 29 Feb outside leap years). */
export function isLocalDate(value: string): boolean {
    try {
        parts(value);
        return true;
    } catch {
        return false;
    }
}

export function assertDate(date: LocalDate): LocalDate {
    parts(date);
    return date;
}

/** Splits a date-time into its date and `HH:MM`, rejecting anything malformed. */
export function splitDateTime(dateTime: LocalDateTime): { date: LocalDate, time: string } {
    const known = checkedDateTimes.get(dateTime);
    if (known) {
        return { ...known };
    }
    const match = DATE_TIME_PATTERN.exec(dateTime);
    if (match && Number(match[2]) < 24 && Number(match[3]) < 60) {
        return { ...remember(checkedDateTimes, dateTime, { date: assertDate(match[1]!), time: `${match[2]}:${match[3]}` }) };
    }
    throw new CalendarError('invalid-date', `'${dateTime}' is not a date-time of the form YYYY-MM-DDTHH:MM`);
}

export function dateOf(dateTime: LocalDateTime): LocalDate {
    return splitDateTime(dateTime).date;
}

export function endOfDay(date: LocalDate): LocalDateTime {
    return `${date}T${END_OF_DAY}`;
}

export function yearOf(date: LocalDate): number {
    return parts(date)[0];
}

function fromUtc(utc: Date): LocalDate {
    return utc.toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
    const known = checked(date);
    // Walks over working days step one day at a time: remember each date's neighbours.
    if (days === 1 && known.next) return known.next;
    if (days === -1 && known.previous) return known.previous;
    const [year, month, day] = known.parts;
    const result = fromUtc(new Date(Date.UTC(year, month - 1, day) + days * DAY_MS));
    if (days === 1) known.next = result;
    if (days === -1) known.previous = result;
    return result;
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
    const [fy, fm, fd] = parts(from);
    const [ty, tm, td] = parts(to);
    return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
    return checked(date).weekday;
}

export function isWeekend(date: LocalDate): boolean {
    const weekday = weekdayOf(date);
    return weekday === 0 || weekday === 6;
}

/**
 * date-fns works on local `Date`s; noon keeps every time zone's daylight-saving
 * jump away from the day boundary, so the calendar date read back is exact.
 */
function viaLocalNoon(date: LocalDate, shift: (local: Date) => Date): LocalDate {
    const [year, month, day] = parts(date);
    const result = shift(new Date(year, month - 1, day, 12));
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${String(result.getFullYear()).padStart(4, '0')}-${pad(result.getMonth() + 1)}-${pad(result.getDate())}`;
}

/** Adds (or with a negative count, subtracts) months; a day past the end of the target month becomes its last day. */
export function addCalendarMonths(date: LocalDate, months: number): LocalDate {
    return viaLocalNoon(date, local => addMonths(local, months));
}

/** Adds (or subtracts) years; 29 Feb becomes 28 Feb in a year that has no 29 Feb. */
export function addCalendarYears(date: LocalDate, years: number): LocalDate {
    return viaLocalNoon(date, local => addYears(local, years));
}

/** Wall-clock arithmetic: the clock face moves on by the given hours, whatever the season. */
export function addWallClockHours(dateTime: LocalDateTime, hours: number): LocalDateTime {
    const { date, time } = splitDateTime(dateTime);
    const [year, month, day] = parts(date);
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    const shifted = new Date(Date.UTC(year, month - 1, day, hh, mm) + hours * 3_600_000);
    return shifted.toISOString().slice(0, 16);
}

/** `Fri 20 Dec 2024`. */
export function formatLongDate(date: LocalDate): string {
    const [year, month, day] = parts(date);
    return `${WEEKDAYS[weekdayOf(date)]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** `2025-01-03T16:30` as `Fri 3 Jan 2025 16:30`; `…T23:59` as `end of Fri 3 Jan 2025`. */
export function formatMoment(moment: LocalDateTime): string {
    const [date, time] = moment.split('T') as [LocalDate, string];
    return time === '23:59' ? `end of ${formatLongDate(date)}` : `${formatLongDate(date)} ${time}`;
}

/** `25 Dec`, or `25 Dec 2024` when the year is needed. */
export function formatShortDate(date: LocalDate, withYear: boolean): string {
    const [year, month, day] = parts(date);
    return withYear ? `${day} ${MONTHS[month - 1]} ${year}` : `${day} ${MONTHS[month - 1]}`;
}
