import type { CaseFacts } from '../conformance/case-facts.js';
import { holds } from '../conformance/case-facts.js';
import type { Vocabulary } from '../conformance/vocabulary.js';
import type { Rule, TriggerEvent } from '../ir/rules.js';
import type { Happening } from './happenings.js';

/** A change of one scale at a judgement. */
export interface LevelChange {
    scale: string;
    from?: string;
    to: string;
}

function levelIndex(vocabulary: Vocabulary, scale: string, level: string | undefined): number {
    return level === undefined ? -1 : vocabulary.scales.get(scale)?.levels.findIndex(candidate => candidate.id === level) ?? -1;
}

function eventMatches(event: TriggerEvent, happening: Happening, change: LevelChange | undefined, vocabulary: Vocabulary): boolean {
    if (event.kind === 'event') {
        return happening.kind === 'event' ? vocabulary.isKindOf(happening.event, event.event)
            : happening.kind === 'judgement' && vocabulary.isKindOf('judgement', event.event);
    }
    if (!change || !event.scales.includes(change.scale)) {
        return false;
    }
    if (event.kind === 'scale-change') {
        // `becomes High or above`: the judgement enters the range.
        return event.levels.includes(change.to) && (change.from === undefined || !event.levels.includes(change.from));
    }
    return change.from !== undefined && event.fromLevels.includes(change.from)
        && levelIndex(vocabulary, change.scale, change.to) < levelIndex(vocabulary, change.scale, change.from);
}

/** Whether an event-triggered rule fires on a happening, given the case's facts after it. */
export function firesOn(rule: Rule, happening: Happening, change: LevelChange | undefined, facts: CaseFacts, vocabulary: Vocabulary): boolean {
    const trigger = rule.trigger;
    if (trigger?.kind !== 'event') {
        return false;
    }
    return trigger.events.some(event => eventMatches(event, happening, change, vocabulary))
        && (!trigger.condition || holds(trigger.condition, facts, vocabulary));
}

/** Whether a state-triggered rule (`while` / `if`) holds for the case's facts. */
export function stateHolds(rule: Rule, facts: CaseFacts, vocabulary: Vocabulary): boolean {
    return rule.trigger?.kind === 'state' && holds(rule.trigger.condition, facts, vocabulary);
}

/** The trigger in words, for the timeline. */
export function describeTrigger(rule: Rule, happening?: Happening): string {
    if (rule.trigger?.kind === 'state') {
        return `${rule.trigger.mode === 'while' ? 'while' : 'as'} ${rule.title ? `"${rule.title}"` : `rule ${rule.id}`} applies`;
    }
    if (!happening) return 'the case';
    return happening.kind === 'judgement' ? `${happening.scale} judged ${happening.level}` : happening.kind === 'event' ? happening.event : happening.task;
}
