import { AstUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isEventOccurrence, isEventTrigger, isRule, isRequirement } from '../generated/ast.js';
import { endOf, quickFix, type FixContext } from './quick-fix-context.js';

/** `10 days` → `10 working days` / `10 calendar days`. */
export function chooseWhichDays(context: FixContext): CodeAction[] {
    const singular = context.textOf(context.diagnostic.range) === 'day';
    return ['working', 'calendar'].map((kind, index) => quickFix(context, `Write '${kind} ${singular ? 'day' : 'days'}'`,
        [{ range: context.diagnostic.range, newText: `${kind} ${singular ? 'day' : 'days'}` }], index === 0));
}

/** `within 3 of sentence` → `within 3 working days of sentence`, and the other units. */
export function addUnit(context: FixContext): CodeAction[] {
    if (!/^\d+$/.test(context.textOf(context.diagnostic.range))) {
        return [];
    }
    const value = Number(context.textOf(context.diagnostic.range));
    return ['working days', 'calendar days', 'hours', 'weeks', 'months'].map((unit, index) => {
        const word = value === 1 ? unit.replace(/s$/, '') : unit;
        return quickFix(context, `Add the unit: ${word}`, [{ range: endOf(context.diagnostic.range), newText: ` ${word}` }], index === 0);
    });
}

/** `within 24 hours` → `within 24 hours of the charge`, for each event of the rule's trigger. */
export function addAnchor(context: FixContext): CodeAction[] {
    const rule = context.node ? AstUtils.getContainerOfType(context.node, node => isRule(node) || isRequirement(node)) : undefined;
    const trigger = rule && (isRule(rule) || isRequirement(rule)) ? rule.trigger : undefined;
    if (!isEventTrigger(trigger)) {
        return [];
    }
    return trigger.events.filter(isEventOccurrence).map(event => event.event.$refText).map((event, index) =>
        quickFix(context, `Count from the ${event}`, [{ range: endOf(context.diagnostic.range), newText: ` of the ${event}` }], index === 0));
}

/** `RoSH is High` → `RoSH is High or above` / `RoSH is exactly High`. */
export function saySpan(context: FixContext): CodeAction[] {
    const level = context.textOf(context.diagnostic.range);
    return [
        quickFix(context, `Write '${level} or above'`, [{ range: endOf(context.diagnostic.range), newText: ' or above' }], true),
        quickFix(context, `Write 'exactly ${level}'`, [{ range: { start: context.diagnostic.range.start, end: context.diagnostic.range.start }, newText: 'exactly ' }])
    ];
}

/** A misspelt name → the nearest declared one. */
export function useSuggestion(context: FixContext): CodeAction[] {
    const suggestion = context.data.suggestion;
    return typeof suggestion === 'string'
        ? [quickFix(context, `Change to '${suggestion}'`, [{ range: context.diagnostic.range, newText: suggestion }], true)]
        : [];
}
