import { addDuration, explain, type WorkingCalendar } from '../calendar/index.js';
import { formatMoment } from '../calendar/dates.js';
import { durationWords } from '../conformance/words.js';
import type { CaseFacts } from '../conformance/case-facts.js';
import type { Vocabulary } from '../conformance/vocabulary.js';
import type { PolicyIr } from '../ir/document.js';
import type { Duty, Rule } from '../ir/rules.js';
import type { ScenarioCase } from '../ir/scenarios.js';
import { Availability } from './availability.js';
import { dueFor } from './due.js';
import { ageInMonths, type Happening } from './happenings.js';
import { dutyTask, labelsMatch } from './labels.js';
import { sittingsOf } from './sittings.js';
import { describeTrigger, firesOn, stateHolds, type LevelChange } from './triggering.js';
import type { Obligation, TimelineEntry } from './timeline.js';

function signOffsOf(duty: Duty): string[] {
    return duty.signOffs.map(signOff => signOff.approvers[0]);
}

/** An obligation while the case runs: what it records, plus the cadence that renews it. */
export interface OpenObligation extends Obligation {
    renew?: { duty: Duty, rule: Rule };
}

/** Decides when (and by whom) an obligation is done, for synthetic cases that have no completions of their own. */
export type Respond = (obligation: Obligation) => { at: string, by: string } | undefined;

/** Walks one case's happenings in time order and keeps the obligations the policy opens. */
export class CaseSimulation {
    readonly obligations: OpenObligation[] = [];
    readonly entries: TimelineEntry[] = [];
    readonly notes: string[] = [];
    private readonly facts: CaseFacts;
    private readonly lastSeen = new Map<string, string>();
    private readonly activeStates = new Set<string>();
    private readonly availability: Availability;

    constructor(
        private readonly policy: PolicyIr, private readonly scenario: ScenarioCase, private readonly vocabulary: Vocabulary,
        private readonly calendar: WorkingCalendar, readonly until: string, private readonly respond?: Respond
    ) {
        this.availability = new Availability(policy, scenario);
        this.facts = { levels: {}, flags: { 'open-to-service': true }, measures: {}, elapsed: {}, atoms: {} };
        scenario.flags.forEach(flag => { this.facts.flags[flag] = true; });
        if (scenario.caseType) this.facts.levels['case-type'] = scenario.caseType;
    }

    run(happenings: Happening[]): void {
        for (const happening of happenings) {
            this.refreshClock(happening.at);
            if (happening.kind === 'completion') {
                this.complete(happening);
            } else {
                this.happen(happening);
            }
            this.refreshStates(happening.at);
        }
    }

    private refreshClock(at: string): void {
        if (this.scenario.born) this.facts.ageMonths = ageInMonths(this.scenario.born, at);
        for (const [event, seen] of this.lastSeen) {
            this.facts.elapsed[event] = Math.floor((Date.parse(`${at.slice(0, 10)}T00:00:00Z`) - Date.parse(`${seen.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
        }
    }

    private happen(happening: Exclude<Happening, { kind: 'completion' }>): void {
        let change: LevelChange | undefined;
        if (happening.kind === 'judgement') {
            change = { scale: happening.scale, from: this.facts.levels[happening.scale], to: happening.level };
            this.facts.levels[happening.scale] = happening.level;
            this.entries.push({ at: happening.at, kind: 'judgement', text: `${happening.scale} judged ${happening.level}${change.from ? ` (was ${change.from})` : ''}` });
        } else {
            this.vocabulary.eventAncestry(happening.event).forEach(event => { this.lastSeen.set(event, happening.at); this.facts.elapsed[event] = 0; });
            if (this.vocabulary.isKindOf(happening.event, 'end-of-supervision')) this.facts.flags['open-to-service'] = false;
            this.entries.push({ at: happening.at, kind: 'event', text: this.vocabulary.title(happening.event) });
        }
        for (const rule of this.policy.rules) {
            if (firesOn(rule, happening, change, this.facts, this.vocabulary)) {
                this.open(rule, happening.at, describeTrigger(rule, happening), happening.kind === 'event' ? happening.event : 'judgement');
            }
            if (this.activeStates.has(rule.id)) {
                this.reviewOnEvent(rule, happening.kind === 'event' ? happening : { kind: 'event', at: happening.at, event: 'judgement' });
            }
        }
    }

    /**
     * State-triggered rules open their duties when their condition starts to hold, and their open
     * duties end when it stops (a `while` duty is not owed once the case no longer meets it). A rule
     * with no trigger applies to every case from its first step.
     */
    private refreshStates(at: string): void {
        for (const rule of this.policy.rules.filter(candidate => !candidate.trigger || candidate.trigger.kind === 'state')) {
            const holdsNow = !rule.trigger || stateHolds(rule, this.facts, this.vocabulary);
            if (holdsNow && !this.activeStates.has(rule.id)) {
                this.activeStates.add(rule.id);
                this.open(rule, at, describeTrigger(rule), undefined);
            } else if (!holdsNow && this.activeStates.has(rule.id)) {
                this.activeStates.delete(rule.id);
                if (rule.trigger?.kind === 'state') {
                    this.endOpenDuties(rule, at);
                }
            }
        }
    }

    private endOpenDuties(rule: Rule, at: string): void {
        for (const obligation of this.obligations.filter(candidate => candidate.rule === rule.id && !candidate.completedAt && !candidate.endedAt && (!candidate.due || candidate.due > at))) {
            obligation.endedAt = at;
            this.entries.push({ at, kind: 'ended', obligation: obligation.id, rule: rule.id, text: `'${obligation.task}' is no longer owed: ${describeTrigger(rule).replace(/^while /, '')} stopped applying` });
        }
    }

    private open(rule: Rule, at: string, trigger: string, triggerEvent: string | undefined): void {
        rule.duties.forEach(duty => this.openDuty(rule, duty, at, trigger, triggerEvent));
        for (const approval of rule.approvals) {
            // A panel's next sitting is the deadline only when no one else may approve.
            const panels = approval.approvers.map(approver => this.policy.panels.find(candidate => candidate.id === approver));
            const panel = panels.every(candidate => candidate) ? panels[0] : undefined;
            const next = panel ? sittingsOf(panel, this.scenario, at, this.until)?.dates.find(date => `${date}T23:59` > at) : undefined;
            this.add({
                rule, dutyId: `${rule.id}#approval`, task: `${approval.kind} by ${approval.approvers.join(approval.all ? ' and ' : ' or ')}`,
                holder: approval.approvers, at, trigger, approval: true,
                due: next ? `${next}T23:59` : undefined,
                why: next ? `by the next meeting of ${panel!.id}` : 'approval has no deadline of its own'
            });
            this.entries.push({ at, kind: 'approval-required', rule: rule.id, text: `${trigger}: needs ${approval.kind} by ${approval.approvers.join(approval.all ? ' and ' : ' or ')}` });
        }
    }

    private openDuty(rule: Rule, duty: Duty, at: string, trigger: string, triggerEvent: string | undefined): void {
        if (duty.timing?.kind === 'cadence') {
            const every = duty.timing.every;
            if (!every.unit || every.unit === 'days') return;
            const next = addDuration(this.calendar, at, every);
            this.add({ rule, dutyId: duty.id, ...dutyTask(duty.action), holder: duty.actors, at, trigger, due: next.due, why: `at least every ${durationWords(every)}: ${explain(next)}`, renew: { duty, rule }, signOffs: signOffsOf(duty), strength: duty.strength });
            return;
        }
        const due = dueFor(duty.timing, {
            policy: this.policy, scenario: this.scenario, calendar: this.calendar, vocabulary: this.vocabulary,
            openedAt: at, triggerEvent, until: this.until
        });
        this.add({ rule, dutyId: duty.id, ...dutyTask(duty.action), holder: duty.actors, at, trigger, due: due.due, why: due.why, signOffs: signOffsOf(duty), strength: duty.strength, jointly: duty.jointly });
    }

    /** `at least every … and on significant-change`: the event calls for a review by the next working day. */
    private reviewOnEvent(rule: Rule, happening: Extract<Happening, { kind: 'event' }>): void {
        for (const duty of rule.duties) {
            if (duty.timing?.kind === 'cadence' && duty.timing.alsoOn.some(event => this.vocabulary.isKindOf(happening.event, event))) {
                const next = addDuration(this.calendar, happening.at, { value: 1, unit: 'working-days' });
                this.add({ rule, dutyId: duty.id, ...dutyTask(duty.action), holder: duty.actors, at: happening.at, trigger: happening.event, due: next.due, why: `on ${happening.event}: by the end of the next working day, ${formatMoment(next.due)}` });
            }
        }
    }

    private add(spec: { rule: Rule, dutyId: string, task: string, referredTo?: string[], holder: string[], at: string, trigger: string, due?: string, why: string, approval?: boolean, renew?: OpenObligation['renew'], signOffs?: string[], strength?: string, jointly?: boolean }): void {
        const id = `${spec.dutyId}@${this.obligations.length + 1}`;
        const obligation: OpenObligation = {
            id, rule: spec.rule.id, duty: spec.dutyId, task: spec.task, ...(spec.referredTo ? { referredTo: spec.referredTo } : {}), citations: spec.rule.citations, trigger: spec.trigger,
            holder: spec.holder, openedAt: spec.at, ...(spec.due ? { due: spec.due } : {}), why: spec.why,
            status: 'open', escalations: [], approval: spec.approval ?? false, signOffs: spec.signOffs ?? [], ...(spec.renew ? { renew: spec.renew } : {})
        };
        const day = (spec.due ?? spec.at).slice(0, 10);
        // A joint duty is owed by every actor: each absent one is replaced by their stand-in.
        const handOver = spec.jointly ? this.availability.jointHolders(spec.holder, day) : this.availability.holderFor(spec.holder, day);
        if (spec.jointly && handOver.why) {
            obligation.holder = handOver.roles!;
        }
        if (handOver.why) {
            if (!spec.jointly && handOver.role !== spec.holder[0]) obligation.handedTo = { to: handOver.role, why: handOver.why };
            const to = spec.jointly ? ` is for ${handOver.roles!.join(' and ')}` : handOver.role !== spec.holder[0] ? ` goes to ${handOver.role}` : '';
            this.entries.push({ at: spec.at, kind: 'hand-over', obligation: id, rule: spec.rule.id, text: `'${spec.task}'${to}: ${handOver.why}` });
        }
        this.obligations.push(obligation);
        const modal = spec.strength === 'consider' ? 'must consider' : spec.strength ?? 'must';
        this.entries.push({ at: spec.at, kind: 'opened', obligation: id, rule: spec.rule.id, text: `${spec.trigger}: ${spec.holder.join(spec.jointly ? ' and ' : ' or ')} ${modal} ${spec.task}${spec.due ? `, due ${formatMoment(spec.due)}` : ''} (${spec.why})` });
        const response = this.respond && obligation.due ? this.respond(obligation) : undefined;
        if (response) {
            this.finish(obligation, response.at, response.by);
        }
    }

    /** Marks an obligation done; a cadence that still applies opens its next occurrence. */
    private finish(obligation: OpenObligation, at: string, by: string): void {
        obligation.completedAt = at;
        obligation.completedBy = by;
        // A cadence renews from its completion; it must have moved time on, or it would renew forever.
        if (obligation.renew && this.activeStates.has(obligation.rule) && at < this.until && at > obligation.openedAt) {
            this.openDuty(obligation.renew.rule, obligation.renew.duty, at, `after the last '${obligation.task}'`, undefined);
        }
    }

    /** A completion satisfies every open obligation for that task (one review meets two review rules). */
    private complete(happening: Extract<Happening, { kind: 'completion' }>): void {
        const open = this.obligations.filter(obligation => !obligation.completedAt && !obligation.endedAt && labelsMatch(happening.task, obligation.task));
        const mine = open.filter(obligation => obligation.holder.includes(happening.actor) || obligation.handedTo?.to === happening.actor);
        // Someone holding none of them (a colleague covering) meets only the one falling due first.
        const targets = mine.length ? mine : [...open].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999')).slice(0, 1);
        this.entries.push({ at: happening.at, kind: 'completed', ...(targets[0] ? { obligation: targets[0].id, rule: targets[0].rule } : {}), text: `${happening.actor} completed "${happening.task}"${targets.length ? '' : ' (no open obligation matches it)'}` });
        targets.forEach(target => this.finish(target, happening.at, happening.actor));
    }
}
