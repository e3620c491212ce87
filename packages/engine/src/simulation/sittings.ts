import type { Panel } from '../ir/panels.js';
import type { ScenarioCase } from '../ir/scenarios.js';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function addDays(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * When a panel sits: the scenario's `sits on` dates if it gives any, otherwise dates derived from a
 * weekly cadence (`meets every 2 weeks on Tuesday from 2024-01-09`). Undefined when neither is known.
 */
export function sittingsOf(panel: Panel | undefined, scenario: ScenarioCase, from: string, until: string): { dates: string[], source: string } | undefined {
    if (!panel) return undefined;
    const given = scenario.sittings.filter(sitting => sitting.panel === panel.id).map(sitting => sitting.date).sort();
    if (given.length > 0) {
        return { dates: given, source: 'the sittings the scenario gives' };
    }
    const cadence = panel.meets[0]?.cadence;
    if (!cadence?.every || cadence.every.unit !== 'weeks' || (!cadence.weekday && !cadence.firstSitting)) {
        return undefined;
    }
    let first = cadence.firstSitting ?? from.slice(0, 10);
    while (cadence.weekday && weekdays[new Date(`${first}T00:00:00Z`).getUTCDay()] !== cadence.weekday) {
        first = addDays(first, 1);
    }
    // Deadlines can fall after the scenario's last step: look a year further.
    const horizon = addDays(until.slice(0, 10), 366);
    const dates: string[] = [];
    for (let date = first; date <= horizon; date = addDays(date, cadence.every.value * 7)) {
        if (date >= from.slice(0, 10)) dates.push(date);
    }
    return { dates, source: `${panel.id} meets every ${cadence.every.value} week${cadence.every.value === 1 ? '' : 's'}${cadence.weekday ? ` on ${cadence.weekday}` : ''}` };
}
