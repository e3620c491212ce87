import { addDuration, explain, nextWorkingDay, sameWorkingDay, subtractDuration, type DeadlineResult, type WorkingCalendar } from '../calendar/index.js';
import type { Deadline } from '../ir/timing.js';

/** A deadline turned into a function of the moment its clock starts. */
export interface DueRule {
    /** The event the clock starts at; undefined when it starts at the rule's trigger. */
    anchor?: string;
    /** True for `6 months before release`: the due date comes before the anchor. */
    before: boolean;
    /** `explain` writes out how the date was reached: only wanted for the few dates shown to a reader. */
    due(start: string): DueDate;
}

export interface DueDate {
    due: string;
    explain(): string;
}

function fromResult(result: DeadlineResult): DueDate {
    return { due: result.due, explain: () => explain(result) };
}

/**
 * The due rule of a deadline, or undefined when it has no date of its own: as soon as possible
 * with no limit, a panel's next meeting, an external value.
 */
export function dueRule(deadline: Deadline, calendar: WorkingCalendar): DueRule | undefined {
    switch (deadline.kind) {
        case 'immediately':
            return { before: false, due: start => ({ due: start, explain: () => `immediately: at ${start.replace('T', ' ')}` }) };
        case 'same-working-day':
            return { anchor: deadline.anchor?.event, before: false, due: start => fromResult(sameWorkingDay(calendar, start)) };
        case 'next-working-day':
            return { anchor: deadline.anchor?.event, before: false, due: start => fromResult(nextWorkingDay(calendar, start)) };
        case 'event':
            return { anchor: deadline.anchor.event, before: true, due: start => ({ due: start, explain: () => `${deadline.relation} ${deadline.anchor.event}, at ${start.replace('T', ' ')}` }) };
        case 'relative': {
            if (!deadline.anchor || !deadline.duration.unit || deadline.duration.unit === 'days') {
                return undefined;
            }
            const before = deadline.anchor.relation === 'before';
            const duration = deadline.duration;
            return {
                anchor: deadline.anchor.event, before,
                due: start => fromResult(before ? subtractDuration(calendar, start, duration) : addDuration(calendar, start, duration))
            };
        }
        case 'soon':
            return deadline.limit ? dueRule(deadline.limit, calendar) : undefined;
        default:
            return undefined;
    }
}

/** Which clock starts to try when comparing deadlines: every day from `from`, morning and late afternoon. */
export interface StartWindow {
    from: string;
    days: number;
}

export const DEFAULT_WINDOW: StartWindow = { from: '2024-01-01', days: 3 * 366 };

export function* startMoments({ from, days }: StartWindow = DEFAULT_WINDOW): Generator<string> {
    const base = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
    for (let day = 0; day < days; day++) {
        const date = new Date(base + day * 86_400_000).toISOString().slice(0, 10);
        yield `${date}T09:00`;
        yield `${date}T16:30`;
    }
}

export interface LaterCase {
    start: string;
    local: { due: string, explanation: string };
    national: { due: string, explanation: string };
}

/** The first start at which `local` falls due after `national`, both clocks starting together. */
export function firstLaterStart(local: DueRule, national: DueRule, window: StartWindow): LaterCase | undefined {
    for (const start of startMoments(window)) {
        const localDue = local.due(start);
        const nationalDue = national.due(start);
        if (localDue.due > nationalDue.due) {
            return { start, local: { due: localDue.due, explanation: localDue.explain() }, national: { due: nationalDue.due, explanation: nationalDue.explain() } };
        }
    }
    return undefined;
}

/** True when `local` is due earlier than `national` for at least one start (it tightens the requirement). */
export function isSometimesEarlier(local: DueRule, national: DueRule, window: StartWindow): boolean {
    for (const start of startMoments(window)) {
        if (local.due(start).due < national.due(start).due) {
            return true;
        }
    }
    return false;
}
