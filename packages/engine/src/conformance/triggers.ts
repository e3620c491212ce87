import type { Condition } from '../ir/conditions.js';
import type { Trigger } from '../ir/rules.js';
import { caseSpace } from './case-space.js';
import { describeFacts, holds, type CaseFacts } from './case-facts.js';
import type { Vocabulary } from './vocabulary.js';

/** One way a trigger can fire: an occurrence (or none, for a state) and the facts of the case. */
export interface Situation {
    occurrence?: Occurrence;
    facts: CaseFacts;
}

export type Occurrence =
    | { kind: 'event', event: string }
    | { kind: 'scale-change', scale: string, level: string }
    | { kind: 'scale-lowering', scale: string, from: string };

/** The single occurrences a trigger lists (a scale change to each level, each event). */
function occurrencesOf(trigger: Trigger | undefined): Occurrence[] | undefined {
    if (!trigger || trigger.kind === 'state') {
        return undefined;
    }
    return trigger.events.flatMap((event): Occurrence[] => {
        switch (event.kind) {
            case 'event': return [{ kind: 'event', event: event.event }];
            case 'scale-change': return event.scales.flatMap(scale => event.levels.map(level => ({ kind: 'scale-change', scale, level }) as Occurrence));
            case 'scale-lowering': return event.scales.flatMap(scale => event.fromLevels.map(from => ({ kind: 'scale-lowering', scale, from }) as Occurrence));
        }
    });
}

function conditionOf(trigger: Trigger | undefined): Condition | undefined {
    return trigger?.condition;
}

/** A scale change leaves the scale at the new level, and some events make flags true: the case's facts must agree. */
function factsAfter(occurrence: Occurrence | undefined, vocabulary: Vocabulary): Partial<CaseFacts> {
    if (occurrence?.kind === 'scale-change') return { levels: { [occurrence.scale]: occurrence.level } };
    if (occurrence?.kind === 'event') {
        const flags = vocabulary.flagsImpliedBy(occurrence.event);
        return flags.length ? { flags: Object.fromEntries(flags.map(flag => [flag, true])) } : {};
    }
    return {};
}

function occurrenceMatches(occurrence: Occurrence | undefined, candidates: Occurrence[] | undefined, vocabulary: Vocabulary): boolean {
    if (!candidates) {
        return true;
    }
    if (!occurrence) {
        return false;
    }
    return candidates.some(candidate => {
        if (occurrence.kind === 'event' && candidate.kind === 'event') {
            return vocabulary.eventsMayCoincide(occurrence.event, candidate.event);
        }
        if (occurrence.kind === 'scale-change' && candidate.kind === 'scale-change') {
            return occurrence.scale === candidate.scale && occurrence.level === candidate.level;
        }
        if (occurrence.kind === 'scale-lowering' && candidate.kind === 'scale-lowering') {
            return occurrence.scale === candidate.scale && occurrence.from === candidate.from;
        }
        // A judgement is an event too: `when judgement` covers any scale change.
        return candidate.kind === 'event' && occurrence.kind !== 'event' && vocabulary.isKindOf('judgement', candidate.event);
    });
}

/** Every situation in which `trigger` fires, as far as the facts its conditions test can tell. */
export function* situationsOf(trigger: Trigger | undefined, vocabulary: Vocabulary, alsoTested: Array<Condition | undefined> = []): Generator<Situation> {
    const occurrences = occurrencesOf(trigger) ?? [undefined];
    for (const occurrence of occurrences) {
        for (const facts of caseSpace([conditionOf(trigger), ...alsoTested], vocabulary, factsAfter(occurrence, vocabulary))) {
            if (!trigger?.condition || holds(trigger.condition, facts, vocabulary)) {
                yield { occurrence, facts };
            }
        }
    }
}

/** Whether `trigger` fires in `situation`. A rule with no trigger applies to every case. */
export function fires(trigger: Trigger | undefined, situation: Situation, vocabulary: Vocabulary): boolean {
    if (!occurrenceMatches(situation.occurrence, occurrencesOf(trigger), vocabulary)) {
        return false;
    }
    const condition = conditionOf(trigger);
    return !condition || holds(condition, situation.facts, vocabulary);
}

/** Events that every case has: a rule triggered by one applies to the whole case. */
const CASE_START_EVENTS = ['order-start'];

/**
 * A national standing condition (`if intervention-level is Intensive`) is met by a local rule that
 * applies the same condition from an event of the case (`when order-start if …`): compare conditions.
 */
function comparableWith(wide: Trigger | undefined, narrow: Trigger | undefined): Trigger | undefined {
    if (wide?.kind !== 'state' || narrow?.kind !== 'event') {
        return narrow;
    }
    // An event every case has (the order starting) puts no limit on which cases the rule covers.
    if (narrow.events.some(event => event.kind === 'event' && CASE_START_EVENTS.includes(event.event))) {
        return narrow.condition ? { kind: 'state', mode: 'if', condition: narrow.condition } : undefined;
    }
    // Any other plain event happens only in some cases: the rule does not cover a standing duty.
    if (narrow.events.some(event => event.kind !== 'scale-change')) {
        return narrow;
    }
    // A judgement that moves a scale into a range leaves the case in that range: keep that as a condition.
    const ranges: Condition[] = narrow.events.flatMap(event => event.kind === 'scale-change' ? [{ kind: 'scale' as const, scales: event.scales, levels: event.levels, written: { comparison: 'exactly' as const, levels: event.levels } }] : []);
    const fromEvents: Condition | undefined = ranges.length === 1 ? ranges[0] : { kind: 'or', operands: ranges };
    const parts = [fromEvents, narrow.condition].filter((part): part is Condition => !!part);
    return parts.length === 0 ? undefined : { kind: 'state', mode: 'if', condition: parts.length === 1 ? parts[0] : { kind: 'and', operands: parts } };
}

/** A situation in which `wide` fires and none of `narrow` does, if there is one. */
export function firstUncovered(wide: Trigger | undefined, narrow: Trigger | undefined | Array<Trigger | undefined>, vocabulary: Vocabulary): Situation | undefined {
    const narrows = (Array.isArray(narrow) ? narrow : [narrow]).map(trigger => comparableWith(wide, trigger));
    for (const situation of situationsOf(wide, vocabulary, narrows.map(conditionOf))) {
        if (!narrows.some(trigger => fires(trigger, situation, vocabulary))) {
            return situation;
        }
    }
    return undefined;
}

/** A situation in which both triggers fire, if there is one. */
export function firstOverlap(a: Trigger | undefined, b: Trigger | undefined, vocabulary: Vocabulary): Situation | undefined {
    for (const situation of situationsOf(a, vocabulary, [conditionOf(b)])) {
        if (fires(b, situation, vocabulary)) {
            return situation;
        }
    }
    return undefined;
}

/** The situation in words. */
export function describeSituation(situation: Situation, vocabulary: Vocabulary): string[] {
    const occurrence = situation.occurrence;
    const head = !occurrence ? []
        : occurrence.kind === 'event' ? [`${vocabulary.title(occurrence.event)} (${occurrence.event})`]
            : occurrence.kind === 'scale-change' ? [`${occurrence.scale} is judged ${occurrence.level}`]
                : [`${occurrence.scale} is lowered from ${occurrence.from}`];
    const facts = describeFacts(situation.facts).filter(fact => !(occurrence?.kind === 'scale-change' && fact === `${occurrence.scale} is ${occurrence.level}`));
    return [...head, ...facts];
}
