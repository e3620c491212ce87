import type { Duty, Rule } from '../ir/rules.js';

/**
 * What makes two duties the same duty: the same action, or (for a rule with a single duty) the same
 * national requirement carried out. A rule with several duties does not say which one implements it.
 */
export function dutyIdentities(rule: Rule, duty: Duty): string[] {
    const implemented = rule.duties.length === 1 ? rule.implements.map(key => `implements:${key}`) : [];
    const action = duty.action;
    const own = action.kind === 'task' ? `task:${action.task.toLowerCase().replace(/\s+/g, ' ').trim()}`
        : action.kind === 'refer' ? `refer:${[...action.to].sort().join(',')}`
            : action.kind === 'notify' ? `notify:${[...action.recipients].sort().join(',')}:${(action.subject ?? '').toLowerCase()}`
                : `attend:${action.panel}`;
    return [...implemented, own];
}

/** A duty's timing, sign-offs and actors in a form that compares by meaning, not by wording. */
export function timingKey(duty: Duty): string {
    return JSON.stringify(duty.timing ?? null, (key, value) => key === 'relation' && ['of', 'after', 'from'].includes(value) ? 'after' : value);
}

export function approversKey(duty: Duty): string {
    return JSON.stringify(duty.signOffs.map(signOff => [signOff.approvers.slice().sort(), signOff.all]));
}

export function actorsKey(duty: Duty): string {
    return JSON.stringify([duty.actors.slice().sort(), duty.jointly]);
}
