import Holidays from 'date-holidays';
import { isWeekend, yearOf, type LocalDate } from './dates.js';
import { librarySubdivision, type CalendarRegion } from './regions.js';

/** A bank holiday in one region, named as the holiday library names it. */
export interface BankHoliday {
    date: LocalDate;
    name: string;
}

interface RegionYear {
    holidays: readonly BankHoliday[];
    byDate: ReadonlyMap<LocalDate, BankHoliday>;
}

const libraries = new Map<CalendarRegion, Holidays>();
const byRegion = new Map<CalendarRegion, Map<number, RegionYear>>();

/**
 * The region's bank holidays of one year, in date order.
 *
 * The library also lists the weekend date a holiday would have fallen on next to
 * its substitute (Sat 26 Dec 2026 beside Mon 28 Dec 2026). Bank holidays are the
 * weekdays the offices close, so weekend entries are dropped: such a date is
 * simply a weekend, and each date counts once.
 */
export function bankHolidaysIn(region: CalendarRegion, year: number): readonly BankHoliday[] {
    return regionYear(region, year).holidays;
}

/** The region's bank holiday on `date`, if there is one. */
export function bankHolidayOn(region: CalendarRegion, date: LocalDate): BankHoliday | undefined {
    return regionYear(region, yearOf(date)).byDate.get(date);
}

function regionYear(region: CalendarRegion, year: number): RegionYear {
    let years = byRegion.get(region);
    if (!years) {
        years = new Map();
        byRegion.set(region, years);
    }
    let found = years.get(year);
    if (!found) {
        const onWeekdays = new Map<LocalDate, BankHoliday>();
        let library = libraries.get(region);
        if (!library) {
            library = new Holidays('GB', librarySubdivision(region), { types: ['public'] });
            libraries.set(region, library);
        }
        for (const holiday of library.getHolidays(year)) {
            // `date` is the local date; `start` is an instant that reads as the previous day under BST.
            const date = holiday.date.slice(0, 10);
            if (holiday.type === 'public' && !isWeekend(date) && !onWeekdays.has(date)) {
                onWeekdays.set(date, { date, name: holiday.name });
            }
        }
        const holidays = [...onWeekdays.values()].sort((a, b) => a.date.localeCompare(b.date));
        found = { holidays, byDate: new Map(holidays.map(holiday => [holiday.date, holiday])) };
        years.set(year, found);
    }
    return found;
}
