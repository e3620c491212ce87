import { bankHolidayOn, bankHolidaysIn, type BankHoliday } from './bank-holidays.js';
import { FIRST_CONFIRMED_YEAR, lastConfirmedYear, localToday } from './confirmed-years.js';
import { assertDate, isWeekend, yearOf, type LocalDate } from './dates.js';
import { CalendarError } from './errors.js';
import { CALENDAR_REGIONS, isCalendarRegion, type CalendarRegion } from './regions.js';

/** A run of days (both ends included) on which the local service is closed. */
export interface Closure {
    from: LocalDate;
    to: LocalDate;
    reason?: string;
}

export interface WorkingCalendarOptions {
    region: CalendarRegion;
    closures?: readonly Closure[];
    /** The clock that decides which years' bank holidays count as confirmed; defaults to the local date now. */
    today?: LocalDate;
}

/** `'weekend'`, `'bank holiday: Christmas Day'` or `'closure: office move'`. */
export type NonWorkingReason = 'weekend' | `bank holiday: ${string}` | `closure: ${string}`;

export interface WorkingCalendar {
    readonly region: CalendarRegion;
    readonly closures: readonly Closure[];
    /** Bank holidays from 1 Jan of this year are taken as confirmed. */
    readonly firstConfirmedYear: number;
    /** Bank holidays up to 31 Dec of this year are taken as confirmed. */
    readonly lastConfirmedYear: number;
    isWorkingDay(date: LocalDate): boolean;
    holidayOn(date: LocalDate): BankHoliday | undefined;
    nonWorkingReason(date: LocalDate): NonWorkingReason | undefined;
    /** Bank holidays from `from` to `to`, both included, in date order. */
    holidaysBetween(from: LocalDate, to: LocalDate): BankHoliday[];
    isConfirmedYear(year: number): boolean;
}

const DEFAULT_CLOSURE_REASON = 'local closure';

export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
    const region = options.region;
    if (!isCalendarRegion(region)) {
        throw new CalendarError('unknown-region', `Unknown region '${String(region)}'; the regions are ${CALENDAR_REGIONS.join(', ')}`);
    }
    const closures = (options.closures ?? []).map(checkedClosure);
    const lastYear = lastConfirmedYear(assertDate(options.today ?? localToday()));

    const holidayOn = (date: LocalDate): BankHoliday | undefined => bankHolidayOn(region, date);

    const nonWorkingReason = (date: LocalDate): NonWorkingReason | undefined => {
        if (isWeekend(date)) {
            return 'weekend';
        }
        const holiday = holidayOn(date);
        if (holiday) {
            return `bank holiday: ${holiday.name}`;
        }
        const closure = closures.find(c => c.from <= date && date <= c.to);
        return closure ? `closure: ${closure.reason ?? DEFAULT_CLOSURE_REASON}` : undefined;
    };

    return {
        region,
        closures,
        firstConfirmedYear: FIRST_CONFIRMED_YEAR,
        lastConfirmedYear: lastYear,
        isWorkingDay: date => nonWorkingReason(date) === undefined,
        holidayOn,
        nonWorkingReason,
        holidaysBetween(from, to) {
            assertDate(from);
            assertDate(to);
            const found: BankHoliday[] = [];
            for (let year = yearOf(from); year <= yearOf(to); year++) {
                found.push(...bankHolidaysIn(region, year).filter(h => from <= h.date && h.date <= to));
            }
            return found;
        },
        isConfirmedYear: year => FIRST_CONFIRMED_YEAR <= year && year <= lastYear
    };
}

function checkedClosure(closure: Closure): Closure {
    assertDate(closure.from);
    assertDate(closure.to);
    if (closure.to < closure.from) {
        throw new CalendarError('invalid-range', `Closure from ${closure.from} to ${closure.to} ends before it starts`);
    }
    return { ...closure };
}
