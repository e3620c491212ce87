import type { WorkingCalendar } from '../calendar/index.js';
import { calendarOf } from '../conformance/policy-calendar.js';
import { Vocabulary } from '../conformance/vocabulary.js';
import type { PolicyIr, StandardIr } from '../ir/document.js';
import { simulateCase } from '../simulation/simulate.js';
import type { Obligation } from '../simulation/timeline.js';
import { CohortTotals } from './aggregate.js';
import { generateCase } from './generate-case.js';
import { DEFAULT_MIX, type CohortMix } from './mix.js';
import { CaseRandom } from './random.js';
import { addDuration } from '../calendar/index.js';

export interface CohortParameters {
    cases: number;
    seed: number;
    from: string;
    months: number;
    mix?: CohortMix;
}

export interface CohortReport {
    policy: string;
    parameters: Required<Omit<CohortParameters, 'mix'>> & { mix: CohortMix };
    cases: number;
    obligations: number;
    workload: Array<{ role: string, week: string, due: number }>;
    panels: Array<{ panel: string, date: string, items: number }>;
    countersignatures: Array<{ approver: string, week: string, signOffs: number }>;
    breaches: Array<{ rule: string, obligations: number, missed: number, rate: number }>;
}

export interface CohortControl {
    /** Called every so often with the number of cases done. */
    progress?: (done: number, total: number) => void;
    /** Checked between cases; return true to stop. */
    cancelled?: () => boolean;
}

export class CohortCancelled extends Error {
    constructor(readonly done: number) {
        super(`cancelled after ${done} cases`);
    }
}

/** How staff answer each obligation in a synthetic case: on time, late, or never, per the mix. */
function responder(mix: CohortMix, random: CaseRandom, calendar: WorkingCalendar) {
    const total = mix.completion.onTime + mix.completion.late + mix.completion.never || 1;
    return (obligation: Obligation) => {
        const draw = random.int(0, 999_999) / 1_000_000 * total;
        const holder = obligation.handedTo?.to ?? obligation.holder[0];
        if (draw < mix.completion.onTime) {
            return { at: pointBetween(obligation.openedAt, obligation.due!, random), by: holder };
        }
        if (draw < mix.completion.onTime + mix.completion.late) {
            return { at: addDuration(calendar, obligation.due!, { value: random.int(1, mix.completion.lateDays), unit: 'calendar-days' }).due, by: holder };
        }
        return undefined;
    };
}

/** A moment between two others (inclusive), drawn at random: when work done on time was done. */
function pointBetween(from: string, to: string, random: CaseRandom): string {
    const start = Date.parse(`${from}:00Z`);
    const end = Math.max(start, Date.parse(`${to}:00Z`));
    const minutes = Math.floor((end - start) / 60_000);
    return new Date(start + random.int(0, minutes) * 60_000).toISOString().slice(0, 16);
}

function sorted<T>(items: T[], key: (item: T) => string): T[] {
    return items.sort((a, b) => key(a).localeCompare(key(b)));
}

/** Lets timers and signals (Ctrl-C) run between batches of cases. */
function yieldToEventLoop(): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, 0));
}

/**
 * Simulates `cases` synthetic cases drawn from the mix and totals the work the policy creates.
 * Deterministic for a given seed; cancellable between batches of cases.
 */
export async function runCohort(policy: PolicyIr, standards: StandardIr[], parameters: CohortParameters, control: CohortControl = {}): Promise<CohortReport> {
    const mix = parameters.mix ?? DEFAULT_MIX;
    const vocabulary = new Vocabulary([policy, ...standards]);
    const calendar = calendarOf(policy);
    const totals = new CohortTotals(new Set(policy.panels.map(panel => panel.id)));
    const step = Math.max(1, Math.floor(parameters.cases / 200));
    for (let index = 0; index < parameters.cases; index++) {
        if (control.cancelled?.()) throw new CohortCancelled(index);
        const random = new CaseRandom(parameters.seed, index);
        const scenario = generateCase(index, parameters.from, parameters.months, mix, random, vocabulary);
        totals.add(simulateCase(policy, scenario, { vocabulary, calendar, respond: responder(mix, random, calendar), validate: false }));
        if ((index + 1) % step === 0 || index + 1 === parameters.cases) {
            control.progress?.(index + 1, parameters.cases);
            await yieldToEventLoop();
        }
    }
    const split = (key: string) => key.split('|') as [string, string];
    return {
        policy: policy.id,
        parameters: { cases: parameters.cases, seed: parameters.seed, from: parameters.from, months: parameters.months, mix },
        cases: totals.cases,
        obligations: totals.obligations,
        workload: sorted([...totals.workload].map(([key, due]) => ({ role: split(key)[0], week: split(key)[1], due })), entry => `${entry.week}|${entry.role}`),
        panels: sorted([...totals.panels].map(([key, items]) => ({ panel: split(key)[0], date: split(key)[1], items })), entry => `${entry.date}|${entry.panel}`),
        countersignatures: sorted([...totals.countersignatures].map(([key, signOffs]) => ({ approver: split(key)[0], week: split(key)[1], signOffs })), entry => `${entry.week}|${entry.approver}`),
        breaches: sorted([...totals.ruleTotals].map(([rule, obligations]) => {
            const missed = totals.ruleBreaches.get(rule) ?? 0;
            return { rule, obligations, missed, rate: Math.round((missed / obligations) * 10_000) / 10_000 };
        }), entry => entry.rule)
    };
}
