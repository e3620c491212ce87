import { formatMoment } from '../calendar/dates.js';
import type { Expectation } from '../ir/scenarios.js';
import { labelsMatch } from './labels.js';
import type { CaseTimeline } from './timeline.js';

export interface ExpectationResult {
    expectation: Expectation;
    passed: boolean;
    /** `expected …; the simulation shows …`, readable by a policy author. */
    message: string;
}

function describeDue(due: string | undefined): string {
    return due ? formatMoment(due) : 'no due date';
}

function checkDue(expectation: Extract<Expectation, { kind: 'due' }>, timeline: CaseTimeline): ExpectationResult {
    const candidates = timeline.obligations.filter(obligation => labelsMatch(expectation.task, obligation.task));
    const wanted = (due: string | undefined) => !!due && due.slice(0, 10) === expectation.date && (!expectation.time || due.slice(11) === expectation.time);
    const match = candidates.find(obligation => wanted(obligation.due));
    const expected = `"${expectation.task}" due ${formatMoment(`${expectation.date}T${expectation.time ?? '00:00'}`).replace(/ 00:00$/, '')}`;
    if (match) {
        return { expectation, passed: true, message: `${expected}: due ${describeDue(match.due)} (rule ${match.rule}: ${match.why})` };
    }
    const actual = candidates.length
        ? candidates.map(obligation => `due ${describeDue(obligation.due)} (rule ${obligation.rule}: ${obligation.why})`).join('; ')
        : `no obligation matches "${expectation.task}"; the obligations are: ${timeline.obligations.map(obligation => `"${obligation.task}"`).join(', ') || 'none'}`;
    return { expectation, passed: false, message: `expected ${expected}; the simulation has ${actual}` };
}

/** Checks one expectation against a simulated timeline. */
export function checkExpectation(expectation: Expectation, timeline: CaseTimeline): ExpectationResult {
    switch (expectation.kind) {
        case 'due':
            return checkDue(expectation, timeline);
        case 'breach': {
            const breached = timeline.obligations.filter(obligation => obligation.rule === expectation.rule && (obligation.status === 'breached' || obligation.status === 'late'));
            const ofRule = timeline.obligations.filter(obligation => obligation.rule === expectation.rule);
            return {
                expectation, passed: breached.length > 0,
                message: breached.length > 0
                    ? `breach of ${expectation.rule}: '${breached[0].task}' due ${describeDue(breached[0].due)} was ${breached[0].status === 'late' ? `done late, ${describeDue(breached[0].completedAt)}` : 'not done'}`
                    : `expected a breach of ${expectation.rule}; ${ofRule.length ? ofRule.map(obligation => `'${obligation.task}' is ${obligation.status}`).join('; ') : 'the rule never applied'}`
            };
        }
        case 'escalation': {
            const escalations = timeline.obligations.flatMap(obligation => obligation.escalations);
            const match = escalations.find(escalation => escalation.to.includes(expectation.to) && escalation.at.slice(0, 10) === expectation.date);
            return {
                expectation, passed: !!match,
                message: match ? `escalation to ${expectation.to} on ${formatMoment(match.at)}`
                    : `expected an escalation to ${expectation.to} on ${expectation.date}; ${escalations.length ? `the escalations are: ${escalations.map(escalation => `to ${escalation.to.join(' or ')} on ${formatMoment(escalation.at)}`).join('; ')}` : 'nothing was escalated'}`
            };
        }
        case 'approval': {
            // A decision's approval, or a sign-off on a piece of work (countersigned, agreed, approved by …).
            const approvals = timeline.obligations.filter(obligation => obligation.approval || obligation.signOffs.length > 0);
            const match = approvals.find(obligation => obligation.approval ? obligation.holder.includes(expectation.by) : obligation.signOffs.includes(expectation.by));
            return {
                expectation, passed: !!match,
                message: match ? `approval by ${expectation.by}: ${match.task} (${match.status})`
                    : `expected an approval by ${expectation.by}; ${approvals.length ? `approvals needed: ${approvals.map(obligation => obligation.task).join('; ')}` : 'no approval was needed'}`
            };
        }
    }
}
