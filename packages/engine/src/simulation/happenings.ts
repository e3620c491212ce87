import type { ScenarioCase } from '../ir/scenarios.js';

/** Scenario steps without a time happen at the start of the working day. */
export const DEFAULT_TIME = '09:00';

export type Happening =
    | { kind: 'event', at: string, event: string }
    | { kind: 'judgement', at: string, scale: string, level: string }
    | { kind: 'completion', at: string, actor: string, task: string };

export function moment(step: { date: string, time?: string }): string {
    return `${step.date}T${step.time ?? DEFAULT_TIME}`;
}

/** The scenario's events, judgements and completions in time order (steps at the same moment keep their order). */
export function happeningsOf(scenario: ScenarioCase): Happening[] {
    // Steps at the same moment keep the order they are written in.
    const all: Array<Happening & { order: number }> = [
        ...scenario.events.map(step => ({ kind: 'event' as const, at: moment(step), event: step.event, order: step.source.start.line })),
        ...scenario.judgements.map(step => ({ kind: 'judgement' as const, at: moment(step), scale: step.scale, level: step.level, order: step.source.start.line })),
        ...scenario.completions.map(step => ({ kind: 'completion' as const, at: moment(step), actor: step.actor, task: step.task, order: step.source.start.line }))
    ];
    return all.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order).map(({ order: _order, ...happening }) => happening);
}

/** The last moment the scenario speaks of, plus one day: obligations due by then can be judged. */
export function scenarioEnd(scenario: ScenarioCase): string {
    const dates = [
        ...scenario.events.map(step => step.date), ...scenario.judgements.map(step => step.date), ...scenario.completions.map(step => step.date),
        ...scenario.absences.map(step => step.to), ...scenario.sittings.map(step => step.date),
        ...scenario.expectations.flatMap(expectation => 'date' in expectation ? [expectation.date] : [])
    ].sort();
    const last = dates[dates.length - 1] ?? '2024-01-01';
    return `${new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)}T23:59`;
}

/** Whole months between a birth date and a moment. */
export function ageInMonths(born: string, at: string): number {
    const [by, bm, bd] = born.split('-').map(Number);
    const [ay, am, ad] = at.slice(0, 10).split('-').map(Number);
    return (ay - by) * 12 + (am - bm) - (ad < bd ? 1 : 0);
}
