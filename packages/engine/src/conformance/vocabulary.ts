import type { PolicyIr, StandardIr } from '../ir/document.js';
import type { Condition } from '../ir/conditions.js';
import type { Event, Role, Scale } from '../ir/vocabulary.js';
import { reaches } from '../graph.js';

/**
 * Everything the analyses need to know about names: scales and their order, the event hierarchy,
 * the role ladder and named conditions, merged from a policy and the standards it is compared with.
 */
export class Vocabulary {
    readonly scales = new Map<string, Scale>();
    readonly events = new Map<string, Event>();
    readonly roles = new Map<string, Role>();
    readonly conditions = new Map<string, Condition>();
    /** Flags an event makes true: from rules that say `child becomes FLAG`, and what the prelude means by its terms. */
    private readonly implied = new Map<string, Set<string>>([['order-start', new Set(['open-to-service'])]]);

    constructor(documents: Array<PolicyIr | StandardIr>) {
        // Later documents do not override earlier ones: the policy comes first and its names win.
        for (const document of documents) {
            document.scales.forEach(scale => this.scales.has(scale.id) || this.scales.set(scale.id, scale));
            document.events.forEach(event => this.events.has(event.id) || this.events.set(event.id, event));
            document.roles.forEach(role => this.roles.has(role.id) || this.roles.set(role.id, role));
            document.conditions.forEach(named => this.conditions.has(named.id) || this.conditions.set(named.id, named.condition));
            for (const rule of [...document.rules, ...('requirements' in document ? document.requirements : [])]) {
                if (rule.trigger?.kind !== 'event' || rule.trigger.condition || rule.derives.length === 0) continue;
                for (const event of rule.trigger.events) {
                    if (event.kind !== 'event') continue;
                    const flags = this.implied.get(event.event) ?? new Set<string>();
                    rule.derives.forEach(derivation => flags.add(derivation.flag));
                    this.implied.set(event.event, flags);
                }
            }
        }
    }

    /** The flags that are true once `event` (or anything it is a kind of) has happened. */
    flagsImpliedBy(event: string): string[] {
        return [...new Set(this.eventAncestry(event).flatMap(ancestor => [...(this.implied.get(ancestor) ?? [])]))];
    }

    /** The event and everything it is a kind of, nearest first. */
    eventAncestry(event: string): string[] {
        const chain: string[] = [];
        let current: string | undefined = event;
        while (current && !chain.includes(current)) {
            chain.push(current);
            current = this.events.get(current)?.kindOf;
        }
        return chain;
    }

    /** True when `specific` is `general` or a kind of it. */
    isKindOf(specific: string, general: string): boolean {
        return this.eventAncestry(specific).includes(general);
    }

    /** True when two events can be the same occurrence: equal, one a kind of the other, or kinds of one thing. */
    eventsMayCoincide(a: string, b: string): boolean {
        const ancestryA = this.eventAncestry(a);
        const ancestryB = this.eventAncestry(b);
        return ancestryA.includes(b) || ancestryB.includes(a)
            || (ancestryA.length > 1 && ancestryB.length > 1 && ancestryA.slice(1).some(base => ancestryB.slice(1).includes(base)));
    }

    title(event: string): string {
        return this.events.get(event)?.title ?? event;
    }

    /** Roles directly junior to `role`. */
    private juniors(role: string): string[] {
        return this.roles.get(role)?.seniorTo ?? [];
    }

    /** True when `senior` outranks `junior` on the ladder (transitively). */
    outranks(senior: string, junior: string): boolean {
        return reaches(senior, junior, role => this.juniors(role));
    }

    /** The national grade a role acts as (itself when it is a national grade). */
    gradeOf(role: string): string | undefined {
        const declared = this.roles.get(role);
        if (!declared) {
            return undefined;
        }
        if (declared.actsAs) {
            return declared.actsAs;
        }
        return declared.origin === 'prelude' ? role : undefined;
    }
}
