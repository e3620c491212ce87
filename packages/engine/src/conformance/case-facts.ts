import type { Condition } from '../ir/conditions.js';
import type { Vocabulary } from './vocabulary.js';
import { durationWords } from './words.js';

/**
 * The facts of a case that conditions can test. Opaque atoms stand for conditions the analyses do
 * not model in detail (a meeting's distance, a time window): each is simply true or false.
 */
export interface CaseFacts {
    levels: Record<string, string>;
    flags: Record<string, boolean>;
    measures: Record<string, number>;
    ageMonths?: number;
    /** Calendar days since each event last happened (absent: it has not happened). */
    elapsed: Record<string, number>;
    atoms: Record<string, boolean>;
}

/**
 * A window's length in calendar days, for comparing windows with each other: working days count
 * with their weekends (20 working days span 28 calendar days); a missing or ambiguous unit is read
 * as calendar days (the language reports it separately).
 */
export function windowDays(duration: { value: number, unit: string | null }): number {
    switch (duration.unit) {
        case 'working-days': return Math.ceil(duration.value * 7 / 5);
        case 'weeks': return duration.value * 7;
        case 'months': return Math.round(duration.value * 30.44);
        case 'years': return duration.value * 365;
        case 'hours': return duration.value / 24;
        default: return duration.value;
    }
}

export function atomKey(condition: Condition): string {
    return JSON.stringify(condition);
}

/** Whether `condition` holds for `facts`. Unknown facts count as false. */
export function holds(condition: Condition, facts: CaseFacts, vocabulary: Vocabulary): boolean {
    switch (condition.kind) {
        case 'scale':
            return condition.scales.some(scale => condition.levels.includes(facts.levels[scale] ?? ''));
        case 'and':
            return condition.operands.every(operand => holds(operand, facts, vocabulary));
        case 'or':
            return condition.operands.some(operand => holds(operand, facts, vocabulary));
        case 'not':
            return !holds(condition.operand, facts, vocabulary);
        case 'predicate': {
            const named = vocabulary.conditions.get(condition.predicate);
            return named ? holds(named, facts, vocabulary) : facts.flags[condition.predicate] === true;
        }
        case 'measure': {
            const value = facts.measures[condition.measure];
            return value !== undefined && (condition.bound === 'at-least' ? value >= condition.value
                : condition.bound === 'at-most' ? value <= condition.value : value === condition.value);
        }
        case 'age': {
            const age = facts.ageMonths;
            if (age === undefined) {
                return false;
            }
            const { months, comparison } = condition;
            return comparison === 'under' ? age < months : comparison === 'over' ? age > months
                : comparison === 'at-or-over' ? age >= months : comparison === 'at-or-under' ? age <= months : age === months;
        }
        case 'within-window': {
            const elapsed = facts.elapsed[condition.event];
            return elapsed !== undefined && elapsed <= windowDays(condition.duration);
        }
        default:
            return facts.atoms[atomKey(condition)] === true;
    }
}

/** An opaque condition in words: `it is within 20 calendar days after end-of-supervision`. */
function describeAtom(key: string, value: boolean): string {
    const condition = JSON.parse(key) as Condition;
    if (condition.kind === 'within-window') {
        return `it is ${value ? '' : 'not '}within ${durationWords(condition.duration)} after ${condition.event}`;
    }
    if (condition.kind === 'next-meeting') {
        return `the next meeting of ${condition.panel} is ${value ? '' : 'not '}${condition.comparison.replace('-', ' ')} ${durationWords(condition.duration)} away`;
    }
    return `${key} is ${value}`;
}

/** Describes facts in words, mentioning only what matters to the conditions compared. */
export function describeFacts(facts: CaseFacts): string[] {
    const words: string[] = [];
    for (const [scale, level] of Object.entries(facts.levels)) {
        words.push(`${scale} is ${level}`);
    }
    for (const [flag, value] of Object.entries(facts.flags)) {
        words.push(value ? `the child is ${flag}` : `the child is not ${flag}`);
    }
    for (const [measure, value] of Object.entries(facts.measures)) {
        words.push(`${measure} is ${value}`);
    }
    for (const [event, days] of Object.entries(facts.elapsed)) {
        words.push(`it is ${days} calendar days after ${event}`);
    }
    for (const [key, value] of Object.entries(facts.atoms)) {
        words.push(describeAtom(key, value));
    }
    if (facts.ageMonths !== undefined) {
        words.push(`the child is ${Math.floor(facts.ageMonths / 12)} years ${facts.ageMonths % 12} months old`);
    }
    return words;
}
