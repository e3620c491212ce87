import type { Condition } from '../ir/conditions.js';
import { atomKey, windowDays, type CaseFacts } from './case-facts.js';
import type { Vocabulary } from './vocabulary.js';

/** At most this many cases are tried when looking for a difference between two conditions. */
const LIMIT = 20_000;

interface Dimensions {
    scales: Map<string, string[]>;
    flags: Set<string>;
    measures: Map<string, Set<number>>;
    ages: Set<number>;
    /** Days since an event, either side of every window's end. */
    windows: Map<string, Set<number>>;
    atoms: Map<string, Condition>;
}

function collect(condition: Condition | undefined, vocabulary: Vocabulary, into: Dimensions, seen = new Set<string>()): void {
    if (!condition) {
        return;
    }
    switch (condition.kind) {
        case 'scale':
            condition.scales.forEach(scale => into.scales.set(scale, vocabulary.scales.get(scale)?.levels.map(level => level.id) ?? condition.levels));
            return;
        case 'and':
        case 'or':
            condition.operands.forEach(operand => collect(operand, vocabulary, into, seen));
            return;
        case 'not':
            collect(condition.operand, vocabulary, into, seen);
            return;
        case 'predicate': {
            const named = vocabulary.conditions.get(condition.predicate);
            if (named && !seen.has(condition.predicate)) {
                seen.add(condition.predicate);
                collect(named, vocabulary, into, seen);
            } else if (!named) {
                into.flags.add(condition.predicate);
            }
            return;
        }
        case 'measure': {
            const values = into.measures.get(condition.measure) ?? new Set<number>();
            [condition.value - 1, condition.value, condition.value + 1].forEach(value => values.add(value));
            into.measures.set(condition.measure, values);
            return;
        }
        case 'age':
            [condition.months - 1, condition.months, condition.months + 1].forEach(months => into.ages.add(months));
            return;
        case 'within-window': {
            const days = windowDays(condition.duration);
            const values = into.windows.get(condition.event) ?? new Set<number>();
            [Math.floor(days), Math.floor(days) + 1].forEach(value => values.add(value));
            into.windows.set(condition.event, values);
            return;
        }
        default:
            into.atoms.set(atomKey(condition), condition);
    }
}

function* product(dimensions: Array<[string, unknown[]]>, index = 0, partial: Record<string, unknown> = {}): Generator<Record<string, unknown>> {
    if (index === dimensions.length) {
        yield { ...partial };
        return;
    }
    const [name, values] = dimensions[index];
    for (const value of values) {
        partial[name] = value;
        yield* product(dimensions, index + 1, partial);
    }
}

/**
 * Every combination of the facts the given conditions look at (each scale at each level, each flag
 * true or false, each number and age either side of its thresholds), up to a limit.
 */
export function* caseSpace(conditions: Array<Condition | undefined>, vocabulary: Vocabulary, fixed: Partial<CaseFacts> = {}): Generator<CaseFacts> {
    const dimensions: Dimensions = { scales: new Map(), flags: new Set(), measures: new Map(), ages: new Set(), windows: new Map(), atoms: new Map() };
    conditions.forEach(condition => collect(condition, vocabulary, dimensions));
    Object.keys(fixed.levels ?? {}).forEach(scale => dimensions.scales.delete(scale));
    Object.keys(fixed.flags ?? {}).forEach(flag => dimensions.flags.delete(flag));
    const axes: Array<[string, unknown[]]> = [
        ...[...dimensions.scales].map(([scale, levels]) => [`scale:${scale}`, levels] as [string, unknown[]]),
        ...[...dimensions.flags].map(flag => [`flag:${flag}`, [true, false]] as [string, unknown[]]),
        ...[...dimensions.measures].map(([measure, values]) => [`measure:${measure}`, [...values]] as [string, unknown[]]),
        ...(dimensions.ages.size > 0 ? [['age:months', [...dimensions.ages].sort((a, b) => a - b)] as [string, unknown[]]] : []),
        ...[...dimensions.windows].map(([event, days]) => [`elapsed:${event}`, [...[...days].sort((a, b) => a - b), undefined]] as [string, unknown[]]),
        ...[...dimensions.atoms.keys()].map(key => [`atom:${key}`, [true, false]] as [string, unknown[]])
    ];
    let count = 0;
    for (const point of product(axes)) {
        if (count++ >= LIMIT) {
            return;
        }
        const facts: CaseFacts = { levels: { ...fixed.levels }, flags: { ...fixed.flags }, measures: {}, elapsed: {}, atoms: {} };
        for (const [axis, value] of Object.entries(point)) {
            const [kind, name] = [axis.slice(0, axis.indexOf(':')), axis.slice(axis.indexOf(':') + 1)];
            if (kind === 'scale') facts.levels[name] = value as string;
            else if (kind === 'flag') facts.flags[name] = value as boolean;
            else if (kind === 'measure') facts.measures[name] = value as number;
            else if (kind === 'atom') facts.atoms[name] = value as boolean;
            else if (kind === 'elapsed') { if (value !== undefined) facts.elapsed[name] = value as number; }
            else facts.ageMonths = value as number;
        }
        yield facts;
    }
}
