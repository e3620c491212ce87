import type { WorkingCalendar } from '../calendar/index.js';
import { dueRule } from '../conformance/due-dates.js';
import { formatMoment } from '../calendar/dates.js';
import type { Vocabulary } from '../conformance/vocabulary.js';
import type { PolicyIr } from '../ir/document.js';
import type { ScenarioCase } from '../ir/scenarios.js';
import type { Timing } from '../ir/timing.js';
import { moment } from './happenings.js';
import { sittingsOf } from './sittings.js';

export interface DueContext {
    policy: PolicyIr;
    scenario: ScenarioCase;
    calendar: WorkingCalendar;
    vocabulary: Vocabulary;
    /** When and by what the obligation was opened. */
    openedAt: string;
    triggerEvent?: string;
    until: string;
}

export interface Due {
    due?: string;
    why: string;
}

/** The first scenario occurrence of `event` (or a kind of it) at or after `after`. */
function nextOccurrence(context: DueContext, event: string, after: string): string | undefined {
    return context.scenario.events
        .filter(step => context.vocabulary.isKindOf(step.event, event))
        .map(moment).sort().find(at => at >= after);
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The last `weekday` strictly before `date`. */
function weekdayBefore(date: string, weekday: string): string {
    let time = Date.parse(`${date}T00:00:00Z`) - 86_400_000;
    while (weekdays[new Date(time).getUTCDay()] !== weekday) time -= 86_400_000;
    return new Date(time).toISOString().slice(0, 10);
}

/** When a deadline falls due for this case, and why. */
export function dueFor(timing: Timing | undefined, context: DueContext): Due {
    if (!timing) {
        return { why: 'no deadline' };
    }
    switch (timing.kind) {
        case 'external':
            return { why: `the deadline is set in "${timing.document}"` };
        case 'frequency':
            return { why: 'a contact frequency: counted in cohort runs, not as one deadline' };
        case 'cadence':
            return { why: 'a cadence: see the recurring obligations' };
        case 'next-meeting': {
            const panel = context.policy.panels.find(candidate => candidate.id === timing.panel);
            const sittings = sittingsOf(panel, context.scenario, context.openedAt, context.until);
            const next = sittings?.dates.find(date => `${date}T${timing.relation === 'before' ? '00:00' : '23:59'}` > context.openedAt);
            const sits = panel?.meets[0]?.cadence.time?.padStart(5, '0') ?? '09:00';
            return next
                ? { due: `${next}T${timing.relation === 'before' ? sits : '23:59'}`, why: `${timing.relation} the next meeting of ${timing.panel} on ${formatMoment(`${next}T00:00`).replace(' 00:00', '')} (${sittings!.source})` }
                : { why: `${timing.panel}'s next meeting is not known: add '${timing.panel} sits on DATE' to the scenario` };
        }
        case 'weekday-before': {
            const anchor = nextOccurrence(context, timing.anchor.event, context.openedAt);
            if (!anchor) {
                return { why: `on the ${timing.weekday} before ${timing.anchor.event}, which does not happen in this scenario` };
            }
            const day = weekdayBefore(anchor.slice(0, 10), timing.weekday);
            return { due: `${day}T${timing.time?.padStart(5, '0') ?? '23:59'}`, why: `on the ${timing.weekday} before ${timing.anchor.event} on ${formatMoment(anchor)}` };
        }
        default: {
            const rule = dueRule(timing, context.calendar);
            if (!rule) {
                return { why: timing.kind === 'soon' ? `as soon as ${timing.manner}: no date to hold it to` : 'the deadline has no unit or no anchor' };
            }
            const anchor = rule.anchor;
            const start = !anchor || (context.triggerEvent && context.vocabulary.isKindOf(context.triggerEvent, anchor))
                ? context.openedAt
                : nextOccurrence(context, anchor, rule.before ? context.openedAt.slice(0, 10) : context.openedAt);
            if (!start) {
                return { why: `counted from ${anchor}, which does not happen in this scenario` };
            }
            const result = rule.due(start);
            return { due: result.due, why: result.explain() };
        }
    }
}
