import type { ValidationAcceptor } from 'langium';
import type { Duty, Requirement, Rule, Timing } from '../generated/ast.js';
import { lowerTiming } from '../lowering/lower-timing.js';
import { LoweringContext } from '../lowering/lowering-context.js';
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

/** What a timing means, whatever words were used for it (`of the sentence` = `after sentence`). */
function meaningOf(timing: Timing | undefined): string {
    if (!timing) {
        return 'none';
    }
    try {
        return JSON.stringify(lowerTiming(timing, new LoweringContext(() => '')), (key, value) =>
            key === 'relation' && ['of', 'after', 'from'].includes(value) ? 'after' : value);
    } catch {
        return normalised(timing.$cstNode?.text);
    }
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
            if (duty.timing && meaningOf(earlier.timing) !== meaningOf(duty.timing)) {
                accept('error', `Rule '${rule.name}' gives this duty two deadlines: '${before || 'none'}' and '${now}'. They differ (e.g. after a Friday or before a bank holiday); keep the one that holds.`, {
                    node: duty, property: 'timing', data: { code: IssueCodes.ConflictingDeadlines },
                    relatedInformation: relatedTo(earlier.timing ?? earlier, 'the other deadline')
                });
            }
        }
    }
}
