import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
    addDuration, createWorkingCalendar, nextWorkingDay, sameWorkingDay, subtractDuration,
    type DeadlineResult, type DurationUnit
} from '@riskpolicy/engine';

const calendar = createWorkingCalendar({ region: 'england-and-wales', today: '2025-06-01' });
const RUNS = { numRuns: 300 };
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const LAST_DAY = Date.UTC(2030, 11, 31);
const LEAP_DAYS = ['2016-02-29', '2020-02-29', '2024-02-29', '2028-02-29'];

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const shiftDays = (date: string, days: number) => isoDate(Date.parse(`${date}T00:00Z`) + days * DAY_MS);
const dateOf = (result: DeadlineResult) => result.due.slice(0, 10);

/** A date from 2015 to 2030, with 29 February drawn often. */
const anyDate = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / DAY_MS }).map(n => isoDate(FIRST_DAY + n * DAY_MS)) },
    { weight: 1, arbitrary: fc.constantFrom(...LEAP_DAYS) }
);
const anyTime = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const anyStart = fc.tuple(anyDate, anyTime).map(([date, time]) => `${date}T${time}`);
const anyWorkingDay = anyDate.filter(date => calendar.isWorkingDay(date));

const MAX_VALUE: Record<Exclude<DurationUnit, 'days'>, number> = {
    'hours': 500, 'working-days': 80, 'calendar-days': 120, 'weeks': 30, 'months': 36, 'years': 5
};
const UNITS = Object.keys(MAX_VALUE) as Array<keyof typeof MAX_VALUE>;
const anyDuration = fc.constantFrom(...UNITS)
    .chain(unit => fc.integer({ min: 0, max: MAX_VALUE[unit] }).map(value => ({ value, unit })));

/** Month arithmetic written out independently: the day clamps to the end of a shorter month. */
function rawCalendarDate(date: string, value: number, unit: 'calendar-days' | 'weeks' | 'months' | 'years', sign: 1 | -1): string {
    if (unit === 'calendar-days' || unit === 'weeks') {
        return shiftDays(date, sign * value * (unit === 'weeks' ? 7 : 1));
    }
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const months = m - 1 + sign * value * (unit === 'years' ? 12 : 1);
    const year = y + Math.floor(months / 12);
    const month = ((months % 12) + 12) % 12;
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return isoDate(Date.UTC(year, month, Math.min(d, lastDay)));
}

describe('calendar properties, 2015–2030', () => {
    test('a later start never gives an earlier due date, for every unit, after and before', () => {
        const laterBy = (start: string, minutes: number) => new Date(Date.parse(`${start}Z`) + minutes * 60_000).toISOString().slice(0, 16);
        fc.assert(fc.property(anyStart, fc.nat(14 * 24 * 60), anyDuration, (early, minutes, duration) => {
            const late = laterBy(early, minutes);
            expect(addDuration(calendar, early, duration).due <= addDuration(calendar, late, duration).due).toBe(true);
            expect(subtractDuration(calendar, early, duration).due <= subtractDuration(calendar, late, duration).due).toBe(true);
        }), RUNS);
    });

    test('a working-day count, same working day and next working day always fall due on a working day', () => {
        fc.assert(fc.property(anyStart, fc.integer({ min: 0, max: 80 }), (start, value) => {
            for (const result of [
                addDuration(calendar, start, { value, unit: 'working-days' }),
                subtractDuration(calendar, start, { value, unit: 'working-days' }),
                sameWorkingDay(calendar, start),
                nextWorkingDay(calendar, start)
            ]) {
                expect(calendar.isWorkingDay(dateOf(result))).toBe(true);
                expect(result.due.endsWith('T23:59')).toBe(true);
            }
        }), RUNS);
    });

    test('from a working day, N then M working days is N+M working days', () => {
        fc.assert(fc.property(anyWorkingDay, anyTime, fc.nat(60), fc.nat(60), (date, time, n, m) => {
            const first = addDuration(calendar, `${date}T${time}`, { value: n, unit: 'working-days' });
            const chained = addDuration(calendar, first.due, { value: m, unit: 'working-days' });
            expect(chained.due).toBe(addDuration(calendar, `${date}T${time}`, { value: n + m, unit: 'working-days' }).due);
        }), RUNS);
    });

    test('from a working day, N working days after then N before returns to the start date', () => {
        fc.assert(fc.property(anyWorkingDay, anyTime, fc.nat(80), (date, time, n) => {
            const there = addDuration(calendar, `${date}T${time}`, { value: n, unit: 'working-days' });
            expect(dateOf(subtractDuration(calendar, there.due, { value: n, unit: 'working-days' }))).toBe(date);
        }), RUNS);
    });

    test('every day between a working-day start and its due date is counted or skipped', () => {
        fc.assert(fc.property(anyWorkingDay, fc.nat(80), (date, n) => {
            const result = addDuration(calendar, `${date}T09:00`, { value: n, unit: 'working-days' });
            const span = (Date.parse(`${dateOf(result)}T00:00Z`) - Date.parse(`${date}T00:00Z`)) / DAY_MS;
            expect(span).toBe(n + result.skipped.length);
            for (const day of result.skipped) {
                expect(calendar.nonWorkingReason(day.date)).toBe(day.reason);
            }
        }), RUNS);
    });

    test('calendar, week, month and year deadlines are never earlier than the raw date (never later, before an event)', () => {
        const unit = fc.constantFrom('calendar-days' as const, 'weeks' as const, 'months' as const, 'years' as const);
        fc.assert(fc.property(anyStart, unit, fc.nat(36), (start, unit, value) => {
            const date = start.slice(0, 10);
            const forward = addDuration(calendar, start, { value, unit });
            const rawForward = rawCalendarDate(date, value, unit, 1);
            expect(dateOf(forward) >= rawForward).toBe(true);
            expect(forward.moved !== undefined).toBe(!calendar.isWorkingDay(rawForward));
            expect(dateOf(forward) <= shiftDays(rawForward, 4)).toBe(true);

            const back = subtractDuration(calendar, start, { value, unit });
            const rawBack = rawCalendarDate(date, value, unit, -1);
            expect(dateOf(back) <= rawBack).toBe(true);
            expect(back.moved !== undefined).toBe(!calendar.isWorkingDay(rawBack));
            expect(dateOf(back) >= shiftDays(rawBack, -4)).toBe(true);
            expect(calendar.isWorkingDay(dateOf(forward)) && calendar.isWorkingDay(dateOf(back))).toBe(true);
        }), RUNS);
    });

    test('hours are exact wall-clock hours and are never moved', () => {
        fc.assert(fc.property(anyStart, fc.nat(500), (start, hours) => {
            const result = addDuration(calendar, start, { value: hours, unit: 'hours' });
            expect(Date.parse(`${result.due}Z`) - Date.parse(`${start}Z`)).toBe(hours * 3_600_000);
            expect(result.skipped).toEqual([]);
            expect(result.moved).toBeUndefined();
        }), RUNS);
    });

    test('29 February starts clamp to 28 February in a common year', () => {
        fc.assert(fc.property(fc.constantFrom(...LEAP_DAYS), fc.integer({ min: 1, max: 3 }), (date, years) => {
            const result = addDuration(calendar, `${date}T10:00`, { value: years, unit: 'years' });
            const raw = `${Number(date.slice(0, 4)) + years}-02-28`;
            expect(result.moved?.from.slice(0, 10) ?? dateOf(result)).toBe(raw);
        }));
    });
});
