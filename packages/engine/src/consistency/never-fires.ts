import type { WorkingCalendar } from '../calendar/index.js';
import { addDuration } from '../calendar/index.js';
import type { Condition } from '../ir/conditions.js';
import type { PolicyIr } from '../ir/document.js';
import type { Panel } from '../ir/panels.js';
import { PolicyFindingCodes as Codes, type PolicyFinding } from '../conformance/findings.js';
import { startMoments, type StartWindow } from '../conformance/due-dates.js';

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

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Sitting dates of a panel that meets every so many weeks, through the window (undefined when unknown). */
function sittings(panel: Panel, window: StartWindow): string[] | undefined {
    const cadence = panel.meets[0]?.cadence;
    if (!cadence?.every || cadence.every.unit !== 'weeks') return undefined;
    const step = cadence.every.value * 7;
    let first = cadence.firstSitting ?? window.from;
    if (!cadence.firstSitting && cadence.weekday) {
        while (weekdays[new Date(`${first}T00:00:00Z`).getUTCDay()] !== cadence.weekday) {
            first = new Date(Date.parse(`${first}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        }
    }
    const dates: string[] = [];
    const last = Date.parse(`${window.from}T00:00:00Z`) + (window.days + 60) * 86_400_000;
    for (let time = Date.parse(`${first}T00:00:00Z`); time <= last; time += step * 86_400_000) {
        dates.push(new Date(time).toISOString().slice(0, 10));
    }
    return dates;
}

/** The most working days any day in the window waits for the panel's next sitting. */
function longestWait(dates: string[], calendar: WorkingCalendar, window: StartWindow): number {
    let longest = 0;
    for (const moment of startMoments(window)) {
        if (!moment.endsWith('T09:00')) continue;
        const day = moment.slice(0, 10);
        const next = dates.find(date => date > day);
        if (!next) continue;
        let wait = 0;
        while (addDuration(calendar, moment, { value: wait + 1, unit: 'working-days' }).due.slice(0, 10) <= next) wait++;
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
            const dates = sittings(panel, window);
            if (!dates) continue;
            const wait = longestWait(dates, calendar, window);
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
