import { describe, expect, test } from 'vitest';
import { sittingsFromCadence, type Panel } from '@riskpolicy/engine';

function panelMeeting(cadence: Panel['meets'][number]['cadence']): Panel {
    return { meets: [{ cadence }] } as unknown as Panel;
}

describe('sittingsFromCadence: the dates a weekly cadence fixes', () => {
    test('every 2 weeks on Tuesday from a Monday first sitting: moved on to the Tuesday, then fortnightly', () => {
        const panel = panelMeeting({ every: { value: 2, unit: 'weeks' }, weekday: 'Tuesday', firstSitting: '2025-01-06' });
        expect(sittingsFromCadence(panel, '2025-01-01', '2025-02-28')).toEqual(['2025-01-07', '2025-01-21', '2025-02-04', '2025-02-18']);
    });

    test('a weekday without a first sitting starts at the first such weekday of the range', () => {
        const panel = panelMeeting({ every: { value: 1, unit: 'weeks' }, weekday: 'Friday' });
        expect(sittingsFromCadence(panel, '2025-03-01', '2025-03-20')).toEqual(['2025-03-07', '2025-03-14']);
    });

    test('sittings before the range are left out, the last day of the range is included', () => {
        const panel = panelMeeting({ every: { value: 1, unit: 'weeks' }, firstSitting: '2025-01-02' });
        expect(sittingsFromCadence(panel, '2025-01-10', '2025-01-23')).toEqual(['2025-01-16', '2025-01-23']);
    });

    test('"fortnightly" alone, or a cadence in months, does not fix the dates', () => {
        expect(sittingsFromCadence(panelMeeting({ every: { value: 2, unit: 'weeks' } }), '2025-01-01', '2025-12-31')).toBeUndefined();
        expect(sittingsFromCadence(panelMeeting({ every: { value: 1, unit: 'months' }, weekday: 'Monday' }), '2025-01-01', '2025-12-31')).toBeUndefined();
    });
});
