import type { WorkingCalendar } from '../calendar/index.js';
import { calendarOf } from '../conformance/policy-calendar.js';
import { formatMoment } from '../calendar/dates.js';
import { Vocabulary } from '../conformance/vocabulary.js';
import type { PolicyIr, StandardIr } from '../ir/document.js';
import type { ScenarioCase } from '../ir/scenarios.js';
import { CaseSimulation, type OpenObligation, type Respond } from './case-simulation.js';
import { escalationsFor } from './escalate.js';
import { happeningsOf, scenarioEnd } from './happenings.js';
import { CaseTimeline, type Obligation, type TimelineEntry } from './timeline.js';

export interface SimulationOptions {
    calendar?: WorkingCalendar;
    /** Standards whose vocabulary the policy uses (events' kinds, the role ladder). */
    standards?: StandardIr[];
    /** Built once and shared when many cases run against one policy. */
    vocabulary?: Vocabulary;
    /** For synthetic cases: decides when each obligation is done. */
    respond?: Respond;
    /** Check the timeline against its schema (on by default; cohort runs of thousands of cases skip it). */
    validate?: boolean;
}

/** Met, late, breached or still open at the end of the scenario; breaches set off escalations. */
function judge(obligation: OpenObligation, policy: PolicyIr, until: string, calendar: WorkingCalendar, entries: TimelineEntry[]): Obligation {
    const { renew: _renew, ...result } = obligation;
    const due = result.due;
    if (result.completedAt) {
        result.status = !due || result.completedAt <= due ? 'met' : 'late';
    } else if (result.endedAt) {
        result.status = 'ended';
    } else {
        result.status = due && due <= until ? 'breached' : 'open';
    }
    if ((result.status === 'late' || result.status === 'breached') && due) {
        entries.push({ at: due, kind: 'breach', obligation: result.id, rule: result.rule, text: `missed: '${result.task}' was due ${formatMoment(due)}${result.completedAt ? `, done ${formatMoment(result.completedAt)}` : ''}` });
        const rule = policy.rules.find(candidate => candidate.id === result.rule);
        const holders = [result.handedTo?.to ?? result.holder[0], ...result.holder];
        result.escalations = rule ? escalationsFor(policy, rule, holders, due, result.completedAt ?? until, calendar) : [];
        result.escalations.forEach(escalation => entries.push({ at: escalation.at, kind: 'escalation', obligation: result.id, rule: result.rule, text: `'${result.task}' escalated to ${escalation.to.join(' or ')}: ${escalation.why}` }));
    }
    return result;
}

/** Runs one scenario case against a policy and returns its timeline, every entry explained. */
export function simulateCase(policy: PolicyIr, scenario: ScenarioCase, options: SimulationOptions = {}): CaseTimeline {
    const vocabulary = options.vocabulary ?? new Vocabulary([policy, ...(options.standards ?? [])]);
    const calendar = options.calendar ?? calendarOf(policy);
    const happenings = happeningsOf(scenario);
    const until = scenarioEnd(scenario);
    const simulation = new CaseSimulation(policy, scenario, vocabulary, calendar, until, options.respond);
    simulation.run(happenings);
    const entries = [...simulation.entries];
    scenario.absences.forEach(absence => entries.push({ at: `${absence.from}T00:00`, kind: 'absence', text: `${absence.actor} unavailable ${absence.from} to ${absence.to}` }));
    const obligations = simulation.obligations.map(obligation => judge(obligation, policy, until, calendar, entries));
    entries.sort((a, b) => a.at.localeCompare(b.at));
    const timeline: CaseTimeline = {
        policy: policy.id, case: scenario.name, from: happenings[0]?.at ?? until, until,
        obligations, entries, notes: simulation.notes
    };
    return options.validate === false ? timeline : CaseTimeline.parse(timeline);
}
