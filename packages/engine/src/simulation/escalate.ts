import { addDuration, type WorkingCalendar } from '../calendar/index.js';
import { formatMoment } from '../calendar/dates.js';
import type { PolicyIr } from '../ir/document.js';
import type { Rule } from '../ir/rules.js';
import type { Duration } from '../ir/common.js';
import type { Escalation } from './timeline.js';

interface Step {
    holders: string[];
    timeout?: Duration;
}

/** A route's steps, following `then via` hand-overs to other routes (each route once). */
function stepsOf(policy: PolicyIr, routeId: string): Step[] {
    const steps: Step[] = [];
    const seen = new Set<string>();
    let route = policy.escalationRoutes.find(candidate => candidate.id === routeId);
    while (route && !seen.has(route.id)) {
        seen.add(route.id);
        steps.push(...route.steps);
        route = route.continuesWith ? policy.escalationRoutes.find(candidate => candidate.id === route!.continuesWith) : undefined;
    }
    return steps;
}

/**
 * The escalations a missed deadline sets off, from the breach until the work is done (or the
 * scenario ends): up the route from the step after the holder's, each step after its timeout.
 */
export function escalationsFor(policy: PolicyIr, rule: Rule, holders: string[], breachAt: string, stopAt: string, calendar: WorkingCalendar): Escalation[] {
    const result: Escalation[] = [];
    for (const escalation of rule.escalations) {
        if (escalation.to.length > 0) {
            result.push({ at: breachAt, to: escalation.to, why: `missed deadline: rule '${rule.id}' escalates to ${escalation.to.join(' or ')}` });
        }
        if (!escalation.route) continue;
        const steps = stepsOf(policy, escalation.route);
        const holderStep = steps.findIndex(step => step.holders.some(holder => holders.includes(holder)));
        let at = breachAt;
        for (const step of steps.slice(holderStep + 1)) {
            if (step.timeout?.unit && step.timeout.unit !== 'days') {
                at = addDuration(calendar, at, step.timeout).due;
            }
            if (at > stopAt) break;
            const after = step.timeout ? ` after ${step.timeout.value} ${step.timeout.unit?.replace('-', ' ')}` : '';
            result.push({ at, to: step.holders, why: `missed deadline: route '${escalation.route}' goes to ${step.holders.join(' or ')}${after}, on ${formatMoment(at)}` });
        }
    }
    return result;
}
