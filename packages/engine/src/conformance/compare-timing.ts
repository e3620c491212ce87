import type { WorkingCalendar } from '../calendar/index.js';
import type { Duty, Rule } from '../ir/rules.js';
import type { Timing } from '../ir/timing.js';
import { dueRule, firstLaterStart, isSometimesEarlier, type DueRule, type StartWindow } from './due-dates.js';
import { formatMoment } from '../calendar/dates.js';
import { PolicyFindingCodes as Codes } from './findings.js';
import type { Vocabulary } from './vocabulary.js';
import { durationWords } from './words.js';

/** What comparing two timings found: a laxer local timing (with its evidence), or whether it is stricter. */
export interface TimingVerdict {
    code?: string;
    message?: string;
    facts?: string[];
    start?: string;
    localDue?: string;
    nationalDue?: string;
    localExplanation?: string;
    nationalExplanation?: string;
    tightened: boolean;
    external?: boolean;
}

function describeTiming(timing: Timing | undefined): string {
    if (!timing) return 'no deadline';
    switch (timing.kind) {
        case 'relative': return `${durationWords(timing.duration)} ${timing.anchor?.relation ?? ''} ${timing.anchor?.event ?? ''}`.replace(/\s+/g, ' ').trim();
        case 'cadence': return `at least every ${durationWords(timing.every)}`;
        case 'external': return `set in "${timing.document}"`;
        case 'soon': return `as soon as ${timing.manner}`;
        case 'next-meeting': return `${timing.relation} the next meeting of ${timing.panel}`;
        case 'event': return `${timing.relation} ${timing.anchor.next ? 'the next ' : ''}${timing.anchor.event}`;
        case 'same-working-day': case 'next-working-day': return `${timing.kind.replace(/-/g, ' ')}${timing.anchor ? ` of ${timing.anchor.event}` : ''}`;
        default: return timing.kind.replace(/-/g, ' ');
    }
}

/** The events a rule's clock can start at when its deadline names none: those of its trigger. */
function triggerEvents(rule: Rule): string[] {
    const trigger = rule.trigger;
    return trigger?.kind === 'event' ? trigger.events.map(event => event.kind === 'event' ? event.event : 'judgement') : [];
}

/** The clock's event: the named anchor, or the trigger event that best matches `preferred`. */
function anchorOf(due: DueRule, rule: Rule, vocabulary: Vocabulary, preferred?: string): string | undefined {
    if (due.anchor) return due.anchor;
    const events = triggerEvents(rule);
    return (preferred ? events.find(event => vocabulary.eventsMayCoincide(event, preferred)) : undefined) ?? events[0];
}

/** Whether two duties' clocks can start at the same event (needed before they can be compared at all). */
export function clocksCompatible(local: { duty: Duty, rule: Rule }, national: { duty: Duty, rule: Rule }, calendar: WorkingCalendar, vocabulary: Vocabulary): boolean {
    const localRule = local.duty.timing && !['cadence', 'frequency', 'external'].includes(local.duty.timing.kind) ? dueRule(local.duty.timing as never, calendar) : undefined;
    const nationalRule = national.duty.timing && !['cadence', 'frequency', 'external'].includes(national.duty.timing.kind) ? dueRule(national.duty.timing as never, calendar) : undefined;
    if (!localRule || !nationalRule) return true;
    const nationalAnchor = anchorOf(nationalRule, national.rule, vocabulary);
    const localAnchor = anchorOf(localRule, local.rule, vocabulary, nationalAnchor);
    return !localAnchor || !nationalAnchor || vocabulary.eventsMayCoincide(localAnchor, nationalAnchor);
}

export function compareTiming(
    local: { duty: Duty, rule: Rule }, national: { duty: Duty, rule: Rule }, calendar: WorkingCalendar, vocabulary: Vocabulary, window: StartWindow
): TimingVerdict {
    const localTiming = local.duty.timing;
    const nationalTiming = national.duty.timing;
    if (!nationalTiming) {
        return { tightened: !!localTiming };
    }
    if (nationalTiming.kind === 'cadence' || nationalTiming.kind === 'frequency') {
        return { tightened: false };
    }
    if (localTiming?.kind === 'external') {
        return {
            code: Codes.UnverifiableExternal, external: true, tightened: false,
            message: `The deadline is ${describeTiming(localTiming)}, so it cannot be checked here; the national requirement is ${describeTiming(nationalTiming)}.`
        };
    }
    const nationalRule = dueRule(nationalTiming as never, calendar);
    if (!nationalRule) {
        return { tightened: false };
    }
    if (!localTiming) {
        return { code: Codes.DeadlineMissing, tightened: false, message: `The local rule sets no deadline; the national requirement is ${describeTiming(nationalTiming)}.` };
    }
    const localRule = localTiming.kind === 'cadence' || localTiming.kind === 'frequency' ? undefined : dueRule(localTiming as never, calendar);
    if (!localRule) {
        return {
            code: Codes.NoHardDeadline, tightened: false,
            message: `'${describeTiming(localTiming)}' sets no date that can be checked; the national requirement is ${describeTiming(nationalTiming)}.`
        };
    }
    const nationalAnchor = anchorOf(nationalRule, national.rule, vocabulary);
    const localAnchor = anchorOf(localRule, local.rule, vocabulary, nationalAnchor);
    if (localAnchor && nationalAnchor && !vocabulary.eventsMayCoincide(localAnchor, nationalAnchor)) {
        return anchorDiffers(localRule, nationalRule, localAnchor, nationalAnchor, localTiming, nationalTiming);
    }
    const later = firstLaterStart(localRule, nationalRule, window);
    if (later) {
        return {
            code: Codes.DeadlineLater, tightened: false,
            message: `The local deadline (${describeTiming(localTiming)}) can fall later than the national one (${describeTiming(nationalTiming)}): for a clock starting ${formatMoment(later.start)}, local ${formatMoment(later.local.due)}, national ${formatMoment(later.national.due)}.`,
            facts: [`the clock starts ${formatMoment(later.start)}${nationalAnchor ? ` (${nationalAnchor})` : ''}`],
            start: later.start, localDue: later.local.due, nationalDue: later.national.due,
            localExplanation: later.local.explanation, nationalExplanation: later.national.explanation
        };
    }
    return { tightened: isSometimesEarlier(localRule, nationalRule, window) };
}

/**
 * Clocks that start at different events cannot be compared date for date. The evidence is a
 * plausible case: the local event on a Friday afternoon, the national one the next working morning.
 */
function anchorDiffers(localRule: DueRule, nationalRule: DueRule, localAnchor: string, nationalAnchor: string, localTiming: Timing, nationalTiming: Timing): TimingVerdict {
    const localStart = '2025-01-03T16:30';
    const nationalStart = '2025-01-06T09:00';
    const localDue = localRule.due(localStart);
    const nationalDue = nationalRule.due(nationalStart);
    return {
        code: Codes.AnchorDiffers, tightened: false,
        message: `The local clock starts at '${localAnchor}', the national one at '${nationalAnchor}' (${describeTiming(localTiming)} against ${describeTiming(nationalTiming)}). For example, ${localAnchor} on ${formatMoment(localStart)} and ${nationalAnchor} on ${formatMoment(nationalStart)}: local due ${formatMoment(localDue.due)}, national due ${formatMoment(nationalDue.due)}.`,
        facts: [`${localAnchor}: ${formatMoment(localStart)}`, `${nationalAnchor}: ${formatMoment(nationalStart)}`],
        start: localStart, localDue: localDue.due, nationalDue: nationalDue.due,
        localExplanation: localDue.explain(), nationalExplanation: nationalDue.explain()
    };
}

export { describeTiming };
