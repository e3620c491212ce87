import { addDuration, explain, type WorkingCalendar } from '../calendar/index.js';
import type { DurationUnit } from '../ir/common.js';
import type { Timing } from '../ir/timing.js';
import { startMoments, type StartWindow } from './due-dates.js';
import { formatMoment } from '../calendar/dates.js';
import { PolicyFindingCodes as Codes } from './findings.js';
import type { TimingVerdict } from './compare-timing.js';
import { durationWords } from './words.js';

type Cadence = Extract<Timing, { kind: 'cadence' }>;
type Frequency = Extract<Timing, { kind: 'frequency' }>;

/** A longer local gap between reviews than the national maximum, shown on a date. */
export function compareCadence(local: Timing | undefined, national: Cadence, calendar: WorkingCalendar, window: StartWindow): TimingVerdict {
    if (!local || local.kind !== 'cadence' || !local.every.unit || local.every.unit === 'days' || !national.every.unit || national.every.unit === 'days') {
        return local?.kind === 'external'
            ? { code: Codes.UnverifiableExternal, external: true, tightened: false, message: `The interval is set in "${local.document}", so it cannot be checked here; the national maximum is every ${durationWords(national.every)}.` }
            : { tightened: false, ...(local ? {} : { code: Codes.DeadlineMissing, message: `The local rule sets no interval; the national maximum is every ${durationWords(national.every)}.` }) };
    }
    const missingEvents = national.alsoOn.filter(event => !local.alsoOn.includes(event));
    let tightened = false;
    for (const start of startMoments(window)) {
        const localNext = addDuration(calendar, start, local.every);
        const nationalNext = addDuration(calendar, start, national.every);
        if (localNext.due > nationalNext.due) {
            return {
                code: Codes.CadenceLonger, tightened: false,
                message: `Reviews at least every ${durationWords(local.every)} allow a longer gap than the national maximum of ${durationWords(national.every)}: after a review on ${formatMoment(start)} the next is due by ${formatMoment(localNext.due)} locally, by ${formatMoment(nationalNext.due)} nationally.`,
                facts: [`a review takes place on ${formatMoment(start)}`], start, localDue: localNext.due, nationalDue: nationalNext.due,
                localExplanation: explain(localNext), nationalExplanation: explain(nationalNext)
            };
        }
        tightened ||= localNext.due < nationalNext.due;
    }
    if (missingEvents.length > 0) {
        return {
            code: Codes.CadenceEventMissing, tightened,
            message: `The national requirement also asks for a review on ${missingEvents.join(', ')}; the local rule does not.`,
            facts: missingEvents.map(event => `${event} happens between two scheduled reviews`)
        };
    }
    return { tightened };
}

const weeksPer: Partial<Record<DurationUnit, number>> = { weeks: 1, months: 52 / 12, years: 52, 'calendar-days': 1 / 7, 'working-days': 1 / 5 };

function perWeek(count: number, per: DurationUnit | null): number | undefined {
    const weeks = per ? weeksPer[per] : undefined;
    return weeks ? count / weeks : undefined;
}

/**
 * Contact frequencies, phase by phase: a floor is breached when the local minimum is lower, a ceiling
 * when the local minimum already exceeds the national maximum.
 */
export function compareFrequency(local: Timing | undefined, national: Frequency, direction: 'floor' | 'ceiling'): TimingVerdict {
    if (!local || local.kind !== 'frequency' || local.bound !== 'at-least') {
        return { tightened: false };
    }
    let tightened = false;
    for (let index = 0; index < national.phases.length; index++) {
        const nationalPhase = national.phases[index];
        const localPhase = local.phases[Math.min(index, local.phases.length - 1)];
        const localRate = perWeek(localPhase.count, localPhase.per);
        const nationalRate = perWeek(nationalPhase.count, nationalPhase.per);
        if (localRate === undefined || nationalRate === undefined) {
            continue;
        }
        const phase = index === 0 && nationalPhase.firstSpan ? ` for the first ${nationalPhase.firstSpan.value} ${nationalPhase.firstSpan.unit}` : index > 0 ? ' after the first phase' : '';
        if (direction === 'ceiling' && national.bound === 'at-most' && localRate > nationalRate + 1e-9) {
            return {
                code: Codes.CeilingExceeded, tightened: false,
                message: `The local minimum of ${localPhase.count} a ${unitWord(localPhase.per)}${phase} is about ${localRate.toFixed(1)} a week, above the national maximum of ${nationalPhase.count} a ${unitWord(nationalPhase.per)}.`,
                facts: [`a child at this level is seen ${localPhase.count} times a ${unitWord(localPhase.per)}`]
            };
        }
        if (direction === 'floor' && national.bound === 'at-least') {
            if (localRate < nationalRate - 1e-9) {
                return {
                    code: Codes.FrequencyBelowFloor, tightened: false,
                    message: `The local minimum of ${localPhase.count} a ${unitWord(localPhase.per)}${phase} is below the national minimum of ${nationalPhase.count} a ${unitWord(nationalPhase.per)}.`,
                    facts: [`a child at this level is seen ${localPhase.count} times a ${unitWord(localPhase.per)}`]
                };
            }
            tightened ||= localRate > nationalRate + 1e-9;
        }
    }
    return { tightened };
}

function unitWord(unit: DurationUnit | null): string {
    return (unit ?? 'period').replace(/s$/, '').replace('-', ' ');
}
