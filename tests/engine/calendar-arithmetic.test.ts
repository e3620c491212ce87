import { describe, expect, test } from 'vitest';
import {
    addDuration, CalendarError, createWorkingCalendar, explain, nextWorkingDay, sameWorkingDay, subtractDuration,
    type DurationUnit
} from '@riskpolicy/engine';

const calendar = createWorkingCalendar({ region: 'england-and-wales', today: '2025-06-01' });
const after = (start: string, value: number, unit: DurationUnit) => addDuration(calendar, start, { value, unit });
const before = (start: string, value: number, unit: DurationUnit) => subtractDuration(calendar, start, { value, unit });

describe('working days', () => {
    test('across Christmas and New Year', () => {
        const result = after('2024-12-20T10:00', 20, 'working-days');
        expect(result.due).toBe('2025-01-22T23:59');
        expect(result.skipped.filter(day => day.reason !== 'weekend')).toEqual([
            { date: '2024-12-25', reason: 'bank holiday: Christmas Day' },
            { date: '2024-12-26', reason: 'bank holiday: Boxing Day' },
            { date: '2025-01-01', reason: "bank holiday: New Year's Day" }
        ]);
        expect(result.skipped.filter(day => day.reason === 'weekend').map(day => day.date)).toEqual([
            '2024-12-21', '2024-12-22', '2024-12-28', '2024-12-29', '2025-01-04', '2025-01-05',
            '2025-01-11', '2025-01-12', '2025-01-18', '2025-01-19'
        ]);
        expect(result.moved).toBeUndefined();
        expect(result.provisional).toBe(false);
        expect(explain(result)).toBe('20 working days from Fri 20 Dec 2024 is Wed 22 Jan 2025; skipped 25 Dec (Christmas Day), '
            + "26 Dec (Boxing Day), 1 Jan (New Year's Day) and 10 weekend days.");
    });

    test('across Easter', () => {
        const result = after('2025-04-17T16:00', 5, 'working-days');
        expect(result.due).toBe('2025-04-28T23:59');
        expect(explain(result)).toBe('5 working days from Thu 17 Apr 2025 is Mon 28 Apr 2025; '
            + 'skipped 18 Apr (Good Friday), 21 Apr (Easter Monday) and 4 weekend days.');
    });

    test('across substitute days', () => {
        const later = createWorkingCalendar({ region: 'england-and-wales', today: '2026-06-01' });
        const result = addDuration(later, '2027-12-23T09:00', { value: 3, unit: 'working-days' });
        expect(result.due).toBe('2027-12-30T23:59');
        expect(explain(result)).toBe('3 working days from Thu 23 Dec 2027 is Thu 30 Dec 2027; skipped '
            + '27 Dec (Christmas Day, substitute day), 28 Dec (Boxing Day, substitute day) and 2 weekend days.');
    });

    test('across a local closure', () => {
        const closed = createWorkingCalendar({
            region: 'england-and-wales', today: '2025-06-01',
            closures: [{ from: '2025-01-02', to: '2025-01-03', reason: 'office move' }]
        });
        const result = addDuration(closed, '2024-12-20T10:00', { value: 20, unit: 'working-days' });
        expect(result.due).toBe('2025-01-24T23:59');
        expect(explain(result)).toBe('20 working days from Fri 20 Dec 2024 is Fri 24 Jan 2025; skipped 25 Dec (Christmas Day), '
            + "26 Dec (Boxing Day), 1 Jan (New Year's Day), 2 Jan (closure: office move), 3 Jan (closure: office move) "
            + 'and 10 weekend days.');
    });

    test('a start on a non-working day counts from the next working day, which is day 0', () => {
        expect(after('2025-01-04T10:00', 0, 'working-days').due).toBe('2025-01-06T23:59');
        expect(after('2025-01-08T10:00', 0, 'working-days').due).toBe('2025-01-08T23:59');
        const result = after('2025-01-04T10:00', 1, 'working-days');
        expect(result.due).toBe('2025-01-07T23:59');
        expect(explain(result)).toBe('1 working day from Sat 4 Jan 2025 (not a working day, so counted from Mon 6 Jan 2025) '
            + 'is Tue 7 Jan 2025; skipped 2 weekend days.');
        expect(after('2024-12-25T08:00', 1, 'working-days').due).toBe('2024-12-30T23:59');
    });

    test('before an event counts back, and a non-working start counts from the previous working day', () => {
        const result = before('2025-12-30T10:00', 2, 'working-days');
        expect(result.due).toBe('2025-12-24T23:59');
        expect(explain(result)).toBe('2 working days before Tue 30 Dec 2025 is Wed 24 Dec 2025; '
            + 'skipped 25 Dec (Christmas Day), 26 Dec (Boxing Day) and 2 weekend days.');
        expect(before('2026-01-03T10:00', 1, 'working-days').due).toBe('2025-12-31T23:59');
        expect(before('2026-01-03T10:00', 0, 'working-days').due).toBe('2026-01-02T23:59');
    });

    test('a long count names the year of each skipped holiday', () => {
        const text = explain(after('2024-12-20T10:00', 300, 'working-days'));
        expect(text).toContain('25 Dec 2024 (Christmas Day)');
        expect(text).toContain('26 Dec 2025 (Boxing Day)');
    });
});

describe('same and next working day', () => {
    test('same working day is the end of the start date, or of the next working day', () => {
        expect(sameWorkingDay(calendar, '2025-01-06T17:00').due).toBe('2025-01-06T23:59');
        const result = sameWorkingDay(calendar, '2024-12-25T09:00');
        expect(result.due).toBe('2024-12-27T23:59');
        expect(result.rule).toBe('same-working-day');
        expect(explain(result)).toBe('The same working day as Wed 25 Dec 2024 is Fri 27 Dec 2024; '
            + 'skipped 25 Dec (Christmas Day) and 26 Dec (Boxing Day).');
    });

    test('next working day is the first working day after the start date', () => {
        expect(nextWorkingDay(calendar, '2024-12-20T15:00').due).toBe('2024-12-23T23:59');
        expect(nextWorkingDay(calendar, '2024-12-24T15:00').due).toBe('2024-12-27T23:59');
        const fromSaturday = nextWorkingDay(calendar, '2025-01-04T10:00');
        expect(fromSaturday.due).toBe('2025-01-06T23:59');
        expect(explain(fromSaturday)).toBe('The next working day after Sat 4 Jan 2025 is Mon 6 Jan 2025; skipped 1 weekend day.');
    });
});

describe('calendar days, weeks, months and years', () => {
    test('a calendar deadline on a Saturday moves to Monday', () => {
        const result = after('2025-01-04T10:00', 14, 'calendar-days');
        expect(result.due).toBe('2025-01-20T23:59');
        expect(result.moved).toEqual({ from: '2025-01-18T23:59', to: '2025-01-20T23:59', reason: 'weekend' });
        expect(result.skipped.map(day => day.date)).toEqual(['2025-01-18', '2025-01-19']);
        expect(explain(result)).toBe('14 calendar days from Sat 4 Jan 2025 falls on Sat 18 Jan 2025, a weekend day, '
            + 'and moves to the next working day, Mon 20 Jan 2025; skipped 2 weekend days.');
    });

    test('and to Tuesday when Monday is a bank holiday', () => {
        const result = after('2025-05-17T10:00', 1, 'weeks');
        expect(result.due).toBe('2025-05-27T23:59');
        expect(explain(result)).toBe('1 week from Sat 17 May 2025 falls on Sat 24 May 2025, a weekend day, '
            + 'and moves to the next working day, Tue 27 May 2025; skipped 26 May (Spring bank holiday) and 2 weekend days.');
    });

    test('a deadline on a bank holiday moves past the whole break', () => {
        const result = after('2024-12-25T10:00', 1, 'years');
        expect(result.due).toBe('2025-12-29T23:59');
        expect(result.moved?.reason).toBe('bank holiday: Christmas Day');
        expect(after('2025-03-21T10:00', 4, 'weeks').due).toBe('2025-04-22T23:59');
    });

    test('a deadline on a working day stays put', () => {
        const result = after('2025-03-03T10:00', 4, 'weeks');
        expect(result.due).toBe('2025-03-31T23:59');
        expect(result.moved).toBeUndefined();
        expect(result.skipped).toEqual([]);
        expect(explain(result)).toBe('4 weeks from Mon 3 Mar 2025 is Mon 31 Mar 2025.');
        expect(after('2025-03-03T10:00', 0, 'calendar-days').due).toBe('2025-03-03T23:59');
    });

    test('month ends: 31 Jan + 1 month is the last day of February', () => {
        expect(after('2025-01-31T10:00', 1, 'months').due).toBe('2025-02-28T23:59');
        expect(after('2024-01-31T10:00', 1, 'months').due).toBe('2024-02-29T23:59');
        expect(after('2024-02-29T10:00', 1, 'years').due).toBe('2025-02-28T23:59');
        expect(after('2025-08-31T10:00', 1, 'months').due).toBe('2025-09-30T23:59');
    });

    test('chained month additions are not associative', () => {
        const once = after('2025-01-31T10:00', 1, 'months');
        expect(addDuration(calendar, once.due, { value: 1, unit: 'months' }).due).toBe('2025-03-28T23:59');
        expect(after('2025-01-31T10:00', 2, 'months').due).toBe('2025-03-31T23:59');
    });

    test('before deadlines move earlier', () => {
        const result = before('2025-09-01T10:00', 6, 'months');
        expect(result.due).toBe('2025-02-28T23:59');
        expect(result.moved).toEqual({ from: '2025-03-01T23:59', to: '2025-02-28T23:59', reason: 'weekend' });
        expect(explain(result)).toBe('6 months before Mon 1 Sep 2025 falls on Sat 1 Mar 2025, a weekend day, '
            + 'and moves to the previous working day, Fri 28 Feb 2025; skipped 1 weekend day.');
        expect(before('2026-04-13T10:00', 7, 'calendar-days').due).toBe('2026-04-02T23:59');
        expect(before('2026-04-13T10:00', 7, 'calendar-days').skipped.map(day => day.reason)).toEqual([
            'bank holiday: Good Friday', 'weekend', 'weekend', 'bank holiday: Easter Monday'
        ]);
        expect(before('2025-03-31T10:00', 1, 'months').due).toBe('2025-02-28T23:59');
    });
});

describe('hours', () => {
    test('are wall-clock hours and never shift off a weekend or bank holiday', () => {
        const result = after('2025-01-10T10:00', 24, 'hours');
        expect(result.due).toBe('2025-01-11T10:00');
        expect(result.skipped).toEqual([]);
        expect(result.moved).toBeUndefined();
        expect(explain(result)).toBe('24 hours from Fri 10 Jan 2025 10:00 is Sat 11 Jan 2025 10:00.');
        expect(after('2024-12-20T18:30', 72, 'hours').due).toBe('2024-12-23T18:30');
        expect(after('2024-12-24T09:00', 48, 'hours').due).toBe('2024-12-26T09:00');
        expect(after('2025-01-10T10:00', 0, 'hours').due).toBe('2025-01-10T10:00');
    });

    test('ignore the clocks changing', () => {
        expect(after('2025-03-29T12:00', 24, 'hours').due).toBe('2025-03-30T12:00');
        expect(after('2025-10-25T23:30', 1, 'hours').due).toBe('2025-10-26T00:30');
    });

    test('count back for before deadlines', () => {
        expect(before('2025-01-13T09:00', 24, 'hours').due).toBe('2025-01-12T09:00');
        expect(before('2025-01-01T00:30', 1, 'hours').due).toBe('2024-12-31T23:30');
    });
});

describe('refusals', () => {
    test.each([
        [{ value: 5, unit: 'days' as const }, 'ambiguous-unit'],
        [{ value: 5, unit: null }, 'missing-unit'],
        [{ value: -1, unit: 'weeks' as const }, 'invalid-duration'],
        [{ value: 1.5, unit: 'hours' as const }, 'invalid-duration']
    ])('%j', (duration, code) => {
        expect(() => addDuration(calendar, '2025-01-06T10:00', duration)).toThrow(expect.objectContaining({ code }));
        expect(() => subtractDuration(calendar, '2025-01-06T10:00', duration)).toThrow(CalendarError);
    });

    test.each(['2025-01-06', '2025-13-01T10:00', '2025-02-29T10:00', '2025-01-06T24:00', '6 Jan 2025 10:00'])(
        'malformed start %s', start => {
            expect(() => after(start, 1, 'working-days')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
        }
    );
});

describe('provisional results', () => {
    test('depend on bank holidays after the last confirmed year', () => {
        const result = after('2027-12-20T10:00', 10, 'working-days');
        expect(result.due).toBe('2028-01-06T23:59');
        expect(result.provisional).toBe(true);
        expect(result.unconfirmedYears).toEqual([2027, 2028]);
        expect(explain(result)).toMatch(/ Provisional: it depends on bank holidays in 2027–2028, which are not confirmed\.$/);
    });

    test('stop at the last confirmed year', () => {
        expect(after('2026-12-21T10:00', 5, 'working-days')).toMatchObject({ due: '2026-12-30T23:59', provisional: false });
        expect(after('2026-12-21T10:00', 10, 'working-days')).toMatchObject({ provisional: true, unconfirmedYears: [2027] });
    });

    test('depend on bank holidays before 2013', () => {
        expect(after('2012-06-01T10:00', 5, 'working-days')).toMatchObject({ provisional: true, unconfirmedYears: [2012] });
        expect(before('2013-01-03T10:00', 3, 'working-days')).toMatchObject({ provisional: true, unconfirmedYears: [2012] });
    });

    test('count only the days whose status the result depends on', () => {
        expect(after('2010-12-20T10:00', 20, 'years')).toMatchObject({ provisional: true, unconfirmedYears: [2030] });
        const in2029 = createWorkingCalendar({ region: 'england-and-wales', today: '2029-01-01' });
        expect(addDuration(in2029, '2010-12-20T10:00', { value: 20, unit: 'years' }).provisional).toBe(false);
    });

    test('never apply to hours', () => {
        expect(after('2040-12-24T10:00', 72, 'hours').provisional).toBe(false);
    });
});
