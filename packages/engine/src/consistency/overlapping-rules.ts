import type { PolicyIr } from '../ir/document.js';
import type { Duty, Rule } from '../ir/rules.js';
import { PolicyFindingCodes as Codes, type PolicyFinding } from '../conformance/findings.js';
import { describeSituation, firstOverlap } from '../conformance/triggers.js';
import type { Vocabulary } from '../conformance/vocabulary.js';
import { describeTiming } from '../conformance/compare-timing.js';
import { actorsKey, approversKey, dutyIdentities, timingKey } from './duty-identity.js';

interface Entry {
    rule: Rule;
    duty: Duty;
    /** Timing, actors and approvers together: entries with equal signatures cannot conflict. */
    signature: string;
}

/** The event a timing's clock runs from, when it names one. */
function clockOf(duty: Duty): string | undefined {
    const timing = duty.timing;
    if (!timing) return undefined;
    if (timing.kind === 'relative' || timing.kind === 'same-working-day' || timing.kind === 'next-working-day') return timing.anchor?.event ?? 'trigger';
    if (timing.kind === 'event') return timing.anchor.event;
    return timing.kind;
}

/**
 * Deadlines conflict only when both rules set one and both clocks run from the same event: a
 * deadline from another event, or none at all, is a different statement, not a contradiction.
 */
function differences(a: Duty, b: Duty): string[] {
    const found: string[] = [];
    const comparable = a.timing && b.timing && clockOf(a) === clockOf(b);
    if (comparable && timingKey(a) !== timingKey(b)) found.push(`deadlines (${describeTiming(a.timing)} against ${describeTiming(b.timing)})`);
    if (actorsKey(a) !== actorsKey(b)) found.push(`actors (${a.actors.join(' or ')} against ${b.actors.join(' or ')})`);
    if (approversKey(a) !== approversKey(b)) found.push('approvers');
    return found;
}

/** Duties grouped by what they are (the same action, or the same national requirement). */
function groupsOf(policy: PolicyIr): Map<string, Entry[]> {
    const groups = new Map<string, Entry[]>();
    for (const rule of policy.rules) {
        for (const duty of rule.duties) {
            const signature = `${timingKey(duty)}|${actorsKey(duty)}|${approversKey(duty)}`;
            for (const identity of dutyIdentities(rule, duty)) {
                groups.set(identity, [...(groups.get(identity) ?? []), { rule, duty, signature }]);
            }
        }
    }
    return groups;
}

/** Two rules that give one duty different deadlines, actors or approvers for a case both cover. */
export function overlappingRules(policy: PolicyIr, vocabulary: Vocabulary): PolicyFinding[] {
    const findings: PolicyFinding[] = [];
    const reported = new Set<string>();
    for (const entries of groupsOf(policy).values()) {
        if (new Set(entries.map(entry => entry.signature)).size < 2) continue;
        for (let i = 0; i < entries.length; i++) {
            for (let j = i + 1; j < entries.length; j++) {
                const [first, second] = [entries[i], entries[j]];
                const pair = `${first.duty.id}|${second.duty.id}`;
                if (first.signature === second.signature || first.rule === second.rule || reported.has(pair)) continue;
                if (first.rule.trigger?.kind !== second.rule.trigger?.kind) continue;
                const differing = differences(first.duty, second.duty);
                if (differing.length === 0) continue;
                const overlap = firstOverlap(first.rule.trigger, second.rule.trigger, vocabulary);
                if (!overlap) continue;
                reported.add(pair);
                const facts = describeSituation(overlap, vocabulary);
                const severe = differing.some(difference => !difference.startsWith('actors'));
                findings.push({
                    code: Codes.OverlappingRules, severity: severe ? 'error' : 'warning', location: second.duty.source,
                    message: `Rules '${first.rule.id}' and '${second.rule.id}' both apply${facts.length ? ` when ${facts.join(', ')}` : ' to every case'}, but give the same duty different ${differing.join(' and ')}. Decide which holds.`,
                    related: [{ location: first.duty.source, message: `the other rule, '${first.rule.id}'` }],
                    counterexample: { facts }
                });
            }
        }
    }
    return findings;
}

/** Two rules requiring different approvers for the same decision. */
export function conflictingApprovers(policy: PolicyIr, vocabulary: Vocabulary): PolicyFinding[] {
    const withApprovals = policy.rules.filter(rule => rule.approvals.length > 0);
    const findings: PolicyFinding[] = [];
    for (let i = 0; i < withApprovals.length; i++) {
        for (let j = i + 1; j < withApprovals.length; j++) {
            const [first, second] = [withApprovals[i], withApprovals[j]];
            const key = (rule: Rule) => JSON.stringify(rule.approvals.map(approval => [approval.approvers.slice().sort(), approval.all]));
            if (key(first) === key(second)) continue;
            const overlap = firstOverlap(first.trigger, second.trigger, vocabulary);
            if (!overlap) continue;
            const facts = describeSituation(overlap, vocabulary);
            const names = (rule: Rule) => rule.approvals.map(approval => approval.approvers.join(approval.all ? ' and ' : ' or ')).join('; ');
            findings.push({
                code: Codes.ConflictingApprovers, severity: 'error', location: second.approvals[0].source,
                message: `Rules '${first.id}' and '${second.id}' both apply${facts.length ? ` when ${facts.join(', ')}` : ''}, but one requires approval by ${names(first)} and the other by ${names(second)}. Decide who approves.`,
                related: [{ location: first.approvals[0].source, message: `approval in '${first.id}'` }],
                counterexample: { facts }
            });
        }
    }
    return findings;
}
