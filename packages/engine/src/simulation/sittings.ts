import type { Panel } from '../ir/panels.js';
import type { ScenarioCase } from '../ir/scenarios.js';
import { addDays } from '../calendar/dates.js';
import { sittingsFromCadence } from '../panel-sittings.js';

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
    // Deadlines can fall after the scenario's last step: look a year further.
    const dates = sittingsFromCadence(panel, from.slice(0, 10), addDays(until.slice(0, 10), 366));
    if (!dates) return undefined;
    const cadence = panel.meets[0].cadence;
    return { dates, source: `${panel.id} meets every ${cadence.every!.value} week${cadence.every!.value === 1 ? '' : 's'}${cadence.weekday ? ` on ${cadence.weekday}` : ''}` };
}
