import { describe, expect, test } from 'vitest';
import { CalendarError, createWorkingCalendar, FIRST_CONFIRMED_YEAR, lastConfirmedYear } from '@riskpolicy/engine';

const calendar = createWorkingCalendar({ region: 'england-and-wales', today: '2025-06-01' });

/** The official England and Wales lists (gov.uk/bank-holidays), with the holiday library's names. */
const OFFICIAL: Record<number, Array<[string, string]>> = {
    2020: [
        ['2020-01-01', "New Year's Day"], ['2020-04-10', 'Good Friday'], ['2020-04-13', 'Easter Monday'],
        ['2020-05-08', 'Early May bank holiday (VE day)'], ['2020-05-25', 'Spring bank holiday'],
        ['2020-08-31', 'Summer bank holiday'], ['2020-12-25', 'Christmas Day'], ['2020-12-28', 'Boxing Day (substitute day)']
    ],
    2022: [
        ['2022-01-03', "New Year's Day (substitute day)"], ['2022-04-15', 'Good Friday'], ['2022-04-18', 'Easter Monday'],
        ['2022-05-02', 'Early May bank holiday'], ['2022-06-02', 'Spring bank holiday'], ['2022-06-03', 'Queen’s Platinum Jubilee'],
        ['2022-08-29', 'Summer bank holiday'], ['2022-09-19', "Queen Elizabeth's Funeral Day"],
        ['2022-12-26', 'Boxing Day'], ['2022-12-27', 'Christmas Day (substitute day)']
    ],
    2023: [
        ['2023-01-02', "New Year's Day (substitute day)"], ['2023-04-07', 'Good Friday'], ['2023-04-10', 'Easter Monday'],
        ['2023-05-01', 'Early May bank holiday'], ['2023-05-08', "King Charles III's Coronation"], ['2023-05-29', 'Spring bank holiday'],
        ['2023-08-28', 'Summer bank holiday'], ['2023-12-25', 'Christmas Day'], ['2023-12-26', 'Boxing Day']
    ],
    2024: [
        ['2024-01-01', "New Year's Day"], ['2024-03-29', 'Good Friday'], ['2024-04-01', 'Easter Monday'],
        ['2024-05-06', 'Early May bank holiday'], ['2024-05-27', 'Spring bank holiday'], ['2024-08-26', 'Summer bank holiday'],
        ['2024-12-25', 'Christmas Day'], ['2024-12-26', 'Boxing Day']
    ],
    2025: [
        ['2025-01-01', "New Year's Day"], ['2025-04-18', 'Good Friday'], ['2025-04-21', 'Easter Monday'],
        ['2025-05-05', 'Early May bank holiday'], ['2025-05-26', 'Spring bank holiday'], ['2025-08-25', 'Summer bank holiday'],
        ['2025-12-25', 'Christmas Day'], ['2025-12-26', 'Boxing Day']
    ],
    2026: [
        ['2026-01-01', "New Year's Day"], ['2026-04-03', 'Good Friday'], ['2026-04-06', 'Easter Monday'],
        ['2026-05-04', 'Early May bank holiday'], ['2026-05-25', 'Spring bank holiday'], ['2026-08-31', 'Summer bank holiday'],
        ['2026-12-25', 'Christmas Day'], ['2026-12-28', 'Boxing Day (substitute day)']
    ],
    2027: [
        ['2027-01-01', "New Year's Day"], ['2027-03-26', 'Good Friday'], ['2027-03-29', 'Easter Monday'],
        ['2027-05-03', 'Early May bank holiday'], ['2027-05-31', 'Spring bank holiday'], ['2027-08-30', 'Summer bank holiday'],
        ['2027-12-27', 'Christmas Day (substitute day)'], ['2027-12-28', 'Boxing Day (substitute day)']
    ]
};

describe('England and Wales bank holidays', () => {
    test.each(Object.entries(OFFICIAL))('%s matches the official list', (year, expected) => {
        const found = calendar.holidaysBetween(`${year}-01-01`, `${year}-12-31`);
        expect(found.map(h => [h.date, h.name])).toEqual(expected);
    });

    test('holidaysBetween includes both ends and crosses years', () => {
        expect(calendar.holidaysBetween('2024-12-25', '2025-01-01').map(h => h.date))
            .toEqual(['2024-12-25', '2024-12-26', '2025-01-01']);
        expect(calendar.holidaysBetween('2025-01-02', '2025-04-17')).toEqual([]);
    });

    test('a weekend-dated holiday is a weekend; its substitute day is the bank holiday', () => {
        expect(calendar.holidayOn('2026-12-26')).toBeUndefined();
        expect(calendar.nonWorkingReason('2026-12-26')).toBe('weekend');
        expect(calendar.holidayOn('2026-12-28')).toEqual({ date: '2026-12-28', name: 'Boxing Day (substitute day)' });
        expect(calendar.nonWorkingReason('2027-12-27')).toBe('bank holiday: Christmas Day (substitute day)');
        expect(calendar.isWorkingDay('2027-12-29')).toBe(true);
    });

    test('observances such as Mother\'s Day and Easter Sunday are not bank holidays', () => {
        expect(calendar.holidayOn('2025-03-30')).toBeUndefined();
        expect(calendar.holidaysBetween('2025-04-19', '2025-04-20')).toEqual([]);
    });

    test('names the reason a day is not a working day', () => {
        expect(calendar.nonWorkingReason('2025-12-25')).toBe('bank holiday: Christmas Day');
        expect(calendar.nonWorkingReason('2025-01-04')).toBe('weekend');
        expect(calendar.nonWorkingReason('2025-01-06')).toBeUndefined();
        expect(calendar.isWorkingDay('2025-01-06')).toBe(true);
        expect(calendar.isWorkingDay('2025-04-18')).toBe(false);
    });
});

describe('local closures', () => {
    const withClosures = createWorkingCalendar({
        region: 'england-and-wales',
        today: '2025-06-01',
        closures: [
            { from: '2025-01-02', to: '2025-01-06', reason: 'office move' },
            { from: '2025-12-25', to: '2025-12-31' },
            { from: '2025-07-14', to: '2025-07-14', reason: 'training day' }
        ]
    });

    test('closure days are not working days, with weekend and bank holiday taking precedence', () => {
        expect(withClosures.nonWorkingReason('2025-01-02')).toBe('closure: office move');
        expect(withClosures.nonWorkingReason('2025-01-04')).toBe('weekend');
        expect(withClosures.nonWorkingReason('2025-01-06')).toBe('closure: office move');
        expect(withClosures.nonWorkingReason('2025-12-26')).toBe('bank holiday: Boxing Day');
        expect(withClosures.nonWorkingReason('2025-12-29')).toBe('closure: local closure');
        expect(withClosures.nonWorkingReason('2025-07-14')).toBe('closure: training day');
        expect(withClosures.isWorkingDay('2025-01-07')).toBe(true);
        expect(withClosures.holidayOn('2025-01-02')).toBeUndefined();
    });

    test('rejects a closure that ends before it starts, a malformed date and an unknown region', () => {
        const make = (options: Parameters<typeof createWorkingCalendar>[0]) => () => createWorkingCalendar(options);
        expect(make({ region: 'england-and-wales', closures: [{ from: '2025-01-06', to: '2025-01-02' }] }))
            .toThrow(expect.objectContaining({ code: 'invalid-range' }));
        expect(make({ region: 'england-and-wales', closures: [{ from: '2025-02-30', to: '2025-03-02' }] }))
            .toThrow(CalendarError);
        expect(make({ region: 'wales' as 'england-and-wales' })).toThrow(expect.objectContaining({ code: 'unknown-region' }));
    });
});

describe('confirmed years', () => {
    test('run from 2013 to the year after today, capped at 2060', () => {
        expect(FIRST_CONFIRMED_YEAR).toBe(2013);
        expect(lastConfirmedYear('2025-06-01')).toBe(2026);
        expect(lastConfirmedYear('2070-01-01')).toBe(2060);
        expect(calendar.isConfirmedYear(2012)).toBe(false);
        expect(calendar.isConfirmedYear(2013)).toBe(true);
        expect(calendar.isConfirmedYear(2026)).toBe(true);
        expect(calendar.isConfirmedYear(2027)).toBe(false);
    });

    test('the default clock is the local date now', () => {
        const now = createWorkingCalendar({ region: 'england-and-wales' });
        expect(now.lastConfirmedYear).toBe(new Date().getFullYear() + 1);
    });
});
