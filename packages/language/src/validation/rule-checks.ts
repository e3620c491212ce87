import type { ValidationAcceptor } from 'langium';
import type { Duty, Requirement, Rule } from '../generated/ast.js';
import { isDuty } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo } from './related.js';

function normalised(text: string | undefined): string {
    return (text ?? '').replace(/\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
}

/** Who does what: the same actors and the same action, however they are laid out. */
function dutyKey(duty: Duty): string {
    const actors = (duty.actors?.parties ?? []).map(party => party.$refText).sort().join(',');
    return `${actors} ${normalised(duty.action?.$cstNode?.text)}`;
}

/** One rule says one thing about each duty. */
export class RuleChecks {

    checkOneDeadlinePerDuty(rule: Rule | Requirement, accept: ValidationAcceptor): void {
        const first = new Map<string, Duty>();
        for (const duty of rule.clauses.filter(isDuty)) {
            const key = dutyKey(duty);
            const earlier = first.get(key);
            if (!earlier) {
                first.set(key, duty);
                continue;
            }
            const before = normalised(earlier.timing?.$cstNode?.text);
            const now = normalised(duty.timing?.$cstNode?.text);
            if (before !== now && duty.timing) {
                accept('error', `Rule '${rule.name}' gives this duty two deadlines: '${before || 'none'}' and '${now}'. They differ (e.g. after a Friday or before a bank holiday); keep the one that holds.`, {
                    node: duty, property: 'timing', data: { code: IssueCodes.ConflictingDeadlines },
                    relatedInformation: relatedTo(earlier.timing ?? earlier, 'the other deadline')
                });
            }
        }
    }
}
