import { describe, expect, test } from 'vitest';
import { addDuration, CalendarError, createWorkingCalendar, firstStartWhereLater } from '@riskpolicy/engine';

const calendar = createWorkingCalendar({ region: 'england-and-wales', today: '2025-06-01' });
const FOUR_WEEKS = { value: 4, unit: 'weeks' as const };
const TWENTY_WORKING_DAYS = { value: 20, unit: 'working-days' as const };

describe('firstStartWhereLater: 20 working days against 4 weeks', () => {
    test('around Christmas 2024, 20 working days is later, first for a start on Thu 28 Nov', () => {
        const found = firstStartWhereLater(calendar, TWENTY_WORKING_DAYS, FOUR_WEEKS, { from: '2024-11-01', to: '2024-12-31' });
        expect(found?.start).toBe('2024-11-28');
        expect(found?.a.due).toBe('2024-12-30T23:59');
        expect(found?.b.due).toBe('2024-12-27T23:59');
        expect(found?.b.moved).toEqual({ from: '2024-12-26T23:59', to: '2024-12-27T23:59', reason: 'bank holiday: Boxing Day' });
        expect(found?.a.skipped.filter(day => day.reason !== 'weekend').map(day => day.date)).toEqual(['2024-12-25', '2024-12-26']);
    });

    test('a start the day before agrees: 4 weeks moves off Christmas Day to the same Friday', () => {
        const a = addDuration(calendar, '2024-11-27T00:00', TWENTY_WORKING_DAYS);
        const b = addDuration(calendar, '2024-11-27T00:00', FOUR_WEEKS);
        expect([a.due, b.due]).toEqual(['2024-12-27T23:59', '2024-12-27T23:59']);
        expect(b.moved?.reason).toBe('bank holiday: Christmas Day');
    });

    test('4 weeks is never the later one around Christmas', () => {
        expect(firstStartWhereLater(calendar, FOUR_WEEKS, TWENTY_WORKING_DAYS, { from: '2024-11-01', to: '2025-01-31' })).toBeUndefined();
        expect(firstStartWhereLater(calendar, FOUR_WEEKS, TWENTY_WORKING_DAYS, { from: '2027-11-01', to: '2028-01-31' })).toBeUndefined();
    });

    test('in an ordinary month they agree for every start, weekends included', () => {
        for (let day = 1; day <= 21; day++) {
            const start = `2025-03-${String(day).padStart(2, '0')}T09:00`;
            expect(addDuration(calendar, start, TWENTY_WORKING_DAYS).due).toBe(addDuration(calendar, start, FOUR_WEEKS).due);
        }
        const range = { from: '2025-03-01', to: '2025-03-21' };
        expect(firstStartWhereLater(calendar, TWENTY_WORKING_DAYS, FOUR_WEEKS, range)).toBeUndefined();
        expect(firstStartWhereLater(calendar, FOUR_WEEKS, TWENTY_WORKING_DAYS, range)).toBeUndefined();
    });

    test('later in March the span reaches Easter and 20 working days becomes later', () => {
        const found = firstStartWhereLater(calendar, TWENTY_WORKING_DAYS, FOUR_WEEKS, { from: '2025-03-01', to: '2025-03-31' });
        expect(found?.start).toBe('2025-03-22');
        expect(found?.a.due).toBe('2025-04-23T23:59');
        expect(found?.b.due).toBe('2025-04-22T23:59');
    });

    test('a local closure makes working days later in an ordinary month', () => {
        const closed = createWorkingCalendar({
            region: 'england-and-wales', today: '2025-06-01',
            closures: [{ from: '2025-03-14', to: '2025-03-14', reason: 'training day' }]
        });
        const found = firstStartWhereLater(closed, TWENTY_WORKING_DAYS, FOUR_WEEKS, { from: '2025-02-01', to: '2025-03-31' });
        // From Fri 14 Feb both land on the closure and meet on Mon 17 Mar; from Sat 15 Feb they part.
        expect(found?.start).toBe('2025-02-15');
        expect([found?.a.due, found?.b.due]).toEqual(['2025-03-18T23:59', '2025-03-17T23:59']);
    });
});

describe('firstStartWhereLater: other pairs and ranges', () => {
    test('takes starts at the given time of day', () => {
        const hours = { value: 23, unit: 'hours' as const };
        const sameDay = { value: 0, unit: 'working-days' as const };
        expect(firstStartWhereLater(calendar, hours, sameDay, { from: '2025-01-06', to: '2025-01-06', at: '00:59' })).toBeUndefined();
        const found = firstStartWhereLater(calendar, hours, sameDay, { from: '2025-01-06', to: '2025-01-06', at: '01:00' });
        expect([found?.a.due, found?.b.due]).toEqual(['2025-01-07T00:00', '2025-01-06T23:59']);
        expect(firstStartWhereLater(calendar, hours, sameDay, { from: '2025-01-06', to: '2025-01-06' })).toBeUndefined();
    });

    test('rejects a range that ends before it starts', () => {
        expect(() => firstStartWhereLater(calendar, FOUR_WEEKS, TWENTY_WORKING_DAYS, { from: '2025-03-31', to: '2025-03-01' }))
            .toThrow(CalendarError);
    });
});
