import type { Condition } from '../ir/conditions.js';
import type { PolicyIr } from '../ir/document.js';
import type { Rule } from '../ir/rules.js';
import { PolicyFindingCodes as Codes, type PolicyFinding } from '../conformance/findings.js';
import type { Vocabulary } from '../conformance/vocabulary.js';

/** Levels each scale is compared at, in a rule's trigger. */
function levelsTested(rule: Rule, into: Map<string, Set<string>>): void {
    const add = (scale: string, levels: string[]) => {
        const set = into.get(scale) ?? new Set<string>();
        levels.forEach(level => set.add(level));
        into.set(scale, set);
    };
    const visit = (condition: Condition | undefined): void => {
        if (!condition) return;
        if (condition.kind === 'scale') condition.scales.forEach(scale => add(scale, condition.levels));
        else if (condition.kind === 'and' || condition.kind === 'or') condition.operands.forEach(visit);
    };
    const trigger = rule.trigger;
    if (trigger?.kind === 'event') {
        trigger.events.forEach(event => event.kind === 'scale-change' && event.scales.forEach(scale => add(scale, event.levels)));
    }
    visit(trigger?.condition);
}

/**
 * Within one section, a level of an ordered scale that no rule covers although the levels either
 * side of it are covered (or, for the top level, the two below it): a row missing from a table.
 */
export function levelGaps(policy: PolicyIr, vocabulary: Vocabulary): PolicyFinding[] {
    const findings: PolicyFinding[] = [];
    for (const section of policy.sections) {
        const rules = policy.rules.filter(rule => rule.section === section.title);
        const tested = new Map<string, Set<string>>();
        rules.forEach(rule => levelsTested(rule, tested));
        for (const [scaleId, covered] of tested) {
            const scale = vocabulary.scales.get(scaleId);
            if (!scale?.ordered) continue;
            const levels = scale.levels.map(level => level.id);
            levels.forEach((level, index) => {
                const top = index === levels.length - 1;
                const gap = !covered.has(level) && index > 0 && covered.has(levels[index - 1])
                    && (top ? index > 1 && covered.has(levels[index - 2]) : covered.has(levels[index + 1]));
                if (gap) {
                    findings.push({
                        code: Codes.LevelGap, severity: 'warning', location: section.source,
                        message: `Section "${section.title}" has rules for ${scaleId} ${levels.filter(other => covered.has(other)).join(', ')} but none for ${level}. Say what happens at ${level}, or cover it with 'or above' / 'or below'.`,
                        related: rules.slice(0, 1).map(rule => ({ location: rule.source, message: `first rule of the section` })),
                        counterexample: { facts: [`${scaleId} is ${level}`] }
                    });
                }
            });
        }
    }
    return findings;
}
