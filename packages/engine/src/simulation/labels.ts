import type { Action } from '../ir/rules.js';

/** What an obligation is called in timelines and matched against in scenarios. */
export function taskLabel(action: Action): string {
    switch (action.kind) {
        case 'task': return action.task;
        case 'refer': return `refer to ${action.to.join(' or ')}`;
        case 'notify': {
            const recipients = action.recipients.join(action.all ? ' and ' : ' or ');
            return action.subject ? `notify ${recipients}: ${action.subject}` : `notify ${recipients}`;
        }
        case 'attend': return `attend ${action.panel}`;
    }
}

/** What an obligation records of its action: the task's label and, for a referral, where the case goes. */
export function dutyTask(action: Action): { task: string, referredTo?: string[] } {
    return action.kind === 'refer' ? { task: taskLabel(action), referredTo: action.to } : { task: taskLabel(action) };
}

function normalise(text: string): string {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A scenario's wording matches an obligation when either contains the other, ignoring case and punctuation. */
export function labelsMatch(written: string, label: string): boolean {
    const a = normalise(written);
    const b = normalise(label);
    return a.length > 0 && (a.includes(b) || b.includes(a));
}
