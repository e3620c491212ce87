import type { PolicyIr, StandardIr } from '../ir/document.js';
import type { Duty, Requirement, Rule } from '../ir/rules.js';
import { firstOverlap } from './triggers.js';
import type { Vocabulary } from './vocabulary.js';
import type { WorkingCalendar } from '../calendar/index.js';
import { clocksCompatible } from './compare-timing.js';

export interface NationalRequirement {
    standard: StandardIr;
    requirement: Requirement;
    /** `<standard>.<requirement>` */
    key: string;
}

export interface LocalDuty {
    rule: Rule;
    duty?: Duty;
}

function recipients(duty: Duty | undefined): string[] {
    return duty?.action.kind === 'notify' ? duty.action.recipients : [];
}

/**
 * The local duties that carry out a national requirement: those of rules that say they implement
 * it, or, failing that, notifications to the same body on the same kind of trigger, which can coincide.
 */
export function localDutiesFor(national: NationalRequirement, policy: PolicyIr, vocabulary: Vocabulary, calendar: WorkingCalendar): LocalDuty[] {
    const explicit = policy.rules.filter(rule => rule.implements.includes(national.key));
    if (explicit.length > 0) {
        return explicit.flatMap(rule => rule.duties.length > 0 ? rule.duties.map(duty => ({ rule, duty })) : [{ rule }]);
    }
    const nationalDuty = national.requirement.duties[0];
    const bodies = recipients(nationalDuty);
    if (bodies.length === 0) {
        return [];
    }
    // Structural matches need the same kind of trigger: an event-driven notice is not carried out by a
    // standing duty, nor the other way round.
    return policy.rules.filter(rule => rule.trigger?.kind === national.requirement.trigger?.kind).flatMap(rule => rule.duties
        .filter(duty => recipients(duty).some(body => bodies.includes(body)))
        .filter(duty => clocksCompatible({ duty, rule }, { duty: nationalDuty!, rule: national.requirement }, calendar, vocabulary))
        .filter(() => firstOverlap(national.requirement.trigger, rule.trigger, vocabulary) !== undefined)
        .map(duty => ({ rule, duty })));
}

/**
 * The requirements a policy is held to: every one of the packs it conforms to or is also held to
 * (by the user's settings), and any it says it implements.
 */
export function requirementsFor(policy: PolicyIr, standards: StandardIr[], alsoHeldTo: readonly string[] = []): NationalRequirement[] {
    const keys = new Set(policy.rules.flatMap(rule => rule.implements));
    const result: NationalRequirement[] = [];
    for (const standard of standards) {
        const conformed = policy.conformsTo.includes(standard.id) || alsoHeldTo.includes(standard.id);
        for (const requirement of standard.requirements) {
            const key = `${standard.id}.${requirement.id}`;
            if (conformed || keys.has(key)) {
                result.push({ standard, requirement, key });
            }
        }
    }
    return result;
}
