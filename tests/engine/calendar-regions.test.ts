import { describe, expect, test } from 'vitest';
import { addDuration, CALENDAR_REGIONS, createWorkingCalendar, type CalendarRegion } from '@riskpolicy/engine';

const calendarFor = (region: CalendarRegion) => createWorkingCalendar({ region, today: '2026-06-01' });
const holidays = (region: CalendarRegion, year: number) =>
    calendarFor(region).holidaysBetween(`${year}-01-01`, `${year}-12-31`).map(holiday => holiday.date);

/** The official lists (gov.uk/bank-holidays) for the regions that differ from England and Wales. */
const OFFICIAL: Record<Exclude<CalendarRegion, 'england-and-wales'>, Record<number, string[]>> = {
    scotland: {
        2022: ['2022-01-03', '2022-01-04', '2022-04-15', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-01', '2022-09-19',
            '2022-11-30', '2022-12-26', '2022-12-27'],
        2024: ['2024-01-01', '2024-01-02', '2024-03-29', '2024-05-06', '2024-05-27', '2024-08-05', '2024-12-02', '2024-12-25', '2024-12-26'],
        2026: ['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28']
    },
    'northern-ireland': {
        2020: ['2020-01-01', '2020-03-17', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-07-13', '2020-08-31',
            '2020-12-25', '2020-12-28'],
        2024: ['2024-01-01', '2024-03-18', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-07-12', '2024-08-26',
            '2024-12-25', '2024-12-26'],
        2025: ['2025-01-01', '2025-03-17', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-07-14', '2025-08-25',
            '2025-12-25', '2025-12-26']
    }
};

describe('calendar regions', () => {
    test('the three regions are England and Wales, Scotland and Northern Ireland', () => {
        expect([...CALENDAR_REGIONS]).toEqual(['england-and-wales', 'scotland', 'northern-ireland']);
    });

    for (const [region, years] of Object.entries(OFFICIAL) as Array<[CalendarRegion, Record<number, string[]>]>) {
        for (const [year, dates] of Object.entries(years)) {
            test(`${region} ${year} has exactly the official bank holidays, substitute days included`, () => {
                expect(holidays(region, Number(year))).toEqual(dates);
            });
        }
    }

    test('each region names its own holidays', () => {
        expect(calendarFor('scotland').nonWorkingReason('2026-11-30')).toBe('bank holiday: St Andrew’s Day');
        expect(calendarFor('northern-ireland').nonWorkingReason('2026-03-17')).toBe('bank holiday: St Patrick’s Day');
        expect(calendarFor('england-and-wales').isWorkingDay('2026-11-30')).toBe(true);
        expect(calendarFor('england-and-wales').isWorkingDay('2026-03-17')).toBe(true);
    });

    test('the same deadline falls due on different days in different regions', () => {
        // 5 working days from Thu 2 Apr 2026: Good Friday everywhere, Easter Monday outside Scotland.
        const due = (region: CalendarRegion) => addDuration(calendarFor(region), '2026-04-02T10:00', { value: 5, unit: 'working-days' }).due;
        expect(due('england-and-wales')).toBe('2026-04-13T23:59');
        expect(due('northern-ireland')).toBe('2026-04-13T23:59');
        expect(due('scotland')).toBe('2026-04-10T23:59');
    });
});
