import type { WorkingCalendar } from '../calendar/index.js';
import { addDays } from '../calendar/dates.js';
import type { Panel } from '../ir/panels.js';
import { sittingsFromCadence, weeklySittings } from '../panel-sittings.js';
import type { Condition } from '../ir/conditions.js';
import type { PolicyIr } from '../ir/document.js';
import { PolicyFindingCodes as Codes, type PolicyFinding } from '../conformance/findings.js';
import type { StartWindow } from '../conformance/due-dates.js';

type NextMeeting = Extract<Condition, { kind: 'next-meeting' }>;

function nextMeetingConditions(condition: Condition | undefined): NextMeeting[] {
    if (!condition) return [];
    switch (condition.kind) {
        case 'next-meeting': return [condition];
        case 'and': case 'or': return condition.operands.flatMap(nextMeetingConditions);
        case 'not': return [];
        default: return [];
    }
}

/**
 * The panel's possible sitting dates through the window: one list when its cadence fixes them, one per
 * possible first sitting when it only says how often (`meets fortnightly`).
 */
function possibleSittings(panel: Panel, window: StartWindow): string[][] | undefined {
    const to = addDays(window.from, window.days + 60);
    const fixed = sittingsFromCadence(panel, window.from, to);
    if (fixed) return [fixed];
    const every = panel.meets[0]?.cadence?.every;
    if (!every || every.unit !== 'weeks') return undefined;
    return Array.from({ length: every.value * 7 }, (_, offset) => weeklySittings(addDays(window.from, offset), every.value, window.from, to));
}

/** The most working days any day in the window waits for the panel's next sitting (counted up to and including it). */
function longestWait(dates: string[], calendar: WorkingCalendar, window: StartWindow): number {
    let longest = 0;
    let next = 0;
    for (let offset = 0; offset < window.days; offset++) {
        const day = addDays(window.from, offset);
        while (next < dates.length && dates[next] <= day) next++;
        if (next === dates.length) break;
        let wait = 0;
        for (let date = addDays(day, 1); date <= dates[next]; date = addDays(date, 1)) {
            if (calendar.isWorkingDay(date)) wait++;
        }
        longest = Math.max(longest, wait);
    }
    return longest;
}

/** A rule waiting for a panel's next meeting to be further away than the panel's cadence ever allows. */
export function rulesThatNeverFire(policy: PolicyIr, calendar: WorkingCalendar, window: StartWindow): PolicyFinding[] {
    const findings: PolicyFinding[] = [];
    for (const rule of policy.rules) {
        const condition = rule.trigger?.kind === 'state' ? rule.trigger.condition : rule.trigger?.condition;
        for (const test of nextMeetingConditions(condition)) {
            const panel = policy.panels.find(candidate => candidate.id === test.panel);
            if (!panel || test.comparison !== 'more-than' || test.duration.unit !== 'working-days') continue;
            const phases = possibleSittings(panel, window);
            if (!phases) continue;
            const wait = Math.max(...phases.map(dates => longestWait(dates, calendar, window)));
            if (wait <= test.duration.value) {
                findings.push({
                    code: Codes.RuleNeverFires, severity: 'warning', location: rule.source,
                    message: `Rule '${rule.id}' waits for the next meeting of ${panel.id} to be more than ${test.duration.value} working days away, but ${panel.id} meets every ${panel.meets[0].cadence.every?.value} weeks: the longest wait from ${window.from} over ${Math.round(window.days / 365)} years is ${wait} working days, so the rule can never apply (unless a meeting is cancelled).`,
                    related: [{ location: panel.meets[0].source, message: `${panel.id}'s meeting cadence` }],
                    counterexample: { facts: [`the longest wait for a ${panel.id} sitting is ${wait} working days`] }
                });
            }
        }
    }
    return findings;
}
