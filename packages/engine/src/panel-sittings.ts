import { addDays, weekdayOf, type LocalDate } from './calendar/dates.js';
import type { Panel } from './ir/panels.js';

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The dates from `from` to `to` (both included) on which a panel with a weekly cadence sits
 * (`meets every 2 weeks on Tuesday from 2024-01-09`): from the first sitting, or from `from`, moved on
 * to the cadence's weekday. Undefined when the cadence does not fix the dates: not counted in weeks,
 * or with neither a weekday nor a first sitting.
 */
export function sittingsFromCadence(panel: Panel, from: LocalDate, to: LocalDate): LocalDate[] | undefined {
    const cadence = panel.meets[0]?.cadence;
    if (!cadence?.every || cadence.every.unit !== 'weeks' || (!cadence.weekday && !cadence.firstSitting)) {
        return undefined;
    }
    let first = cadence.firstSitting ?? from;
    while (cadence.weekday && weekdayNames[weekdayOf(first)] !== cadence.weekday) {
        first = addDays(first, 1);
    }
    return weeklySittings(first, cadence.every.value, from, to);
}

/** Every `weeks` weeks from `first`: the dates from `from` to `to`, both included. */
export function weeklySittings(first: LocalDate, weeks: number, from: LocalDate, to: LocalDate): LocalDate[] {
    const dates: LocalDate[] = [];
    for (let date = first; date <= to; date = addDays(date, weeks * 7)) {
        if (date >= from) dates.push(date);
    }
    return dates;
}
