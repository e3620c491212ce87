import { addDays, dateOf, daysBetween, formatLongDate, formatShortDate, splitDateTime, type LocalDateTime, type LocalDate } from './dates.js';
import type { DeadlineResult, SkippedDay } from './deadline-result.js';
import type { NonWorkingReason } from './working-calendar.js';

const UNIT_NAMES: Record<DeadlineResult['unit'], [string, string]> = {
    'hours': ['hour', 'hours'],
    'working-days': ['working day', 'working days'],
    'calendar-days': ['calendar day', 'calendar days'],
    'days': ['day', 'days'],
    'weeks': ['week', 'weeks'],
    'months': ['month', 'months'],
    'years': ['year', 'years']
};

/**
 * One English sentence saying how a due date was reached, e.g.
 * "20 working days from Fri 20 Dec 2024 is Wed 22 Jan 2025; skipped 25 Dec (Christmas Day),
 * 26 Dec (Boxing Day), 1 Jan (New Year's Day) and 10 weekend days."
 */
export function explain(result: DeadlineResult): string {
    const sentence = `${subject(result)} ${outcome(result)}${skippedClause(result.skipped)}.`;
    return result.provisional ? `${sentence} ${provisionalNote(result.unconfirmedYears)}` : sentence;
}

function subject(result: DeadlineResult): string {
    const start = result.unit === 'hours' ? longDateTime(result.start) : formatLongDate(dateOf(result.start));
    if (result.rule === 'same-working-day') {
        return `The same working day as ${start}`;
    }
    if (result.rule === 'next-working-day') {
        return `The next working day after ${start}`;
    }
    const [singular, plural] = UNIT_NAMES[result.unit];
    const preposition = result.direction === 'after' ? 'from' : 'before';
    return `${result.value} ${result.value === 1 ? singular : plural} ${preposition} ${start}${countedFrom(result)}`;
}

/** For working days from a non-working start: the working day the count starts from. */
function countedFrom(result: DeadlineResult): string {
    if (result.unit !== 'working-days' || result.rule !== 'duration') {
        return '';
    }
    const skipped = new Set(result.skipped.map(day => day.date));
    const step = result.direction === 'after' ? 1 : -1;
    let anchor: LocalDate = dateOf(result.start);
    while (skipped.has(anchor)) {
        anchor = addDays(anchor, step);
    }
    return anchor === dateOf(result.start) ? '' : ` (not a working day, so counted from ${formatLongDate(anchor)})`;
}

function outcome(result: DeadlineResult): string {
    if (result.unit === 'hours') {
        return `is ${longDateTime(result.due)}`;
    }
    const due = formatLongDate(dateOf(result.due));
    if (!result.moved) {
        return `is ${due}`;
    }
    const which = result.direction === 'after' ? 'next' : 'previous';
    return `falls on ${formatLongDate(dateOf(result.moved.from))}, ${describeReason(result.moved.reason)}, and moves to the ${which} working day, ${due}`;
}

function describeReason(reason: NonWorkingReason): string {
    if (reason === 'weekend') {
        return 'a weekend day';
    }
    const [kind, detail] = reason.split(/: (.*)/s) as [string, string];
    return kind === 'bank holiday' ? `a bank holiday (${detail})` : `a closure day (${detail})`;
}

function skippedClause(skipped: SkippedDay[]): string {
    if (skipped.length === 0) {
        return '';
    }
    const withYear = daysBetween(skipped[0]!.date, skipped[skipped.length - 1]!.date) >= 365;
    const named = skipped
        .filter(day => day.reason !== 'weekend')
        .map(day => `${formatShortDate(day.date, withYear)} (${describeSkipped(day.reason)})`);
    const weekendDays = skipped.length - named.length;
    if (weekendDays > 0) {
        named.push(`${weekendDays} weekend ${weekendDays === 1 ? 'day' : 'days'}`);
    }
    return `; skipped ${listInEnglish(named)}`;
}

/** `Christmas Day, substitute day` rather than nesting the library's brackets; closures keep their `closure:` prefix. */
function describeSkipped(reason: NonWorkingReason): string {
    return reason.replace(/^bank holiday: /, '').replace(/ \((.*)\)$/, ', $1');
}

function listInEnglish(items: string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function provisionalNote(years: number[]): string {
    const runs: string[] = [];
    for (let i = 0; i < years.length;) {
        let j = i;
        while (j + 1 < years.length && years[j + 1] === years[j]! + 1) {
            j++;
        }
        runs.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
        i = j + 1;
    }
    return `Provisional: it depends on bank holidays in ${listInEnglish(runs)}, which are not confirmed.`;
}

function longDateTime(dateTime: LocalDateTime): string {
    const { date, time } = splitDateTime(dateTime);
    return `${formatLongDate(date)} ${time}`;
}
