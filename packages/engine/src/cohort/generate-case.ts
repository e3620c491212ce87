import type { ScenarioCase } from '../ir/scenarios.js';
import type { Vocabulary } from '../conformance/vocabulary.js';
import type { CohortMix } from './mix.js';
import type { CaseRandom } from './random.js';

function addDays(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function addMonths(date: string, months: number): string {
    const [year, month, day] = date.split('-').map(Number);
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return `${target.toISOString().slice(0, 8)}${String(Math.min(day, last)).padStart(2, '0')}`;
}

const none = { source: { file: 'cohort', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, citations: [] };

/** One level up or down an ordered scale, staying on the scale. */
function neighbour(vocabulary: Vocabulary, scale: string, level: string, random: CaseRandom): string {
    const levels = vocabulary.scales.get(scale)?.levels.map(candidate => candidate.id) ?? [level];
    const index = levels.indexOf(level);
    const next = Math.min(levels.length - 1, Math.max(0, index + (random.chance(0.5) ? 1 : -1)));
    return levels[next] ?? level;
}

/** A synthetic case starting between `from` and `from` + `months`, drawn from the mix. */
export function generateCase(index: number, from: string, months: number, mix: CohortMix, random: CaseRandom, vocabulary: Vocabulary): ScenarioCase {
    const windowDays = Math.max(1, Math.round((Date.parse(`${addMonths(from, months)}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
    const start = addDays(from, random.int(0, windowDays - 1));
    const caseType = random.pick(mix.caseTypes);
    const [shortest, longest] = mix.lengthMonths[caseType] ?? mix.lengthMonths.default ?? [3, 6];
    const end = addMonths(start, random.int(shortest, longest));
    const spanDays = Math.max(2, Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000));
    const during = () => addDays(start, random.int(1, spanDays - 1));
    const born = addDays(addMonths(start, -12 * random.int(mix.ageYears[0], mix.ageYears[1])), -random.int(0, 364));

    const events: ScenarioCase['events'] = [{ event: 'order-start', date: start, ...none }];
    const judgements: ScenarioCase['judgements'] = [];
    for (const [scale, weights] of Object.entries(mix.initialLevels)) {
        if (!vocabulary.scales.has(scale)) continue;
        const level = random.pick(weights);
        judgements.push({ scale, level, date: start, time: '10:00', ...none });
        if (random.chance(mix.rejudgeChance)) {
            judgements.push({ scale, level: neighbour(vocabulary, scale, level, random), date: during(), ...none });
        }
    }
    if (random.chance(mix.significantChangeChance)) events.push({ event: 'significant-change', date: during(), ...none });
    if (random.chance(mix.transferOutChance)) events.push({ event: 'transfer-out', date: during(), ...none });
    events.push({ event: 'end-of-supervision', date: end, ...none });
    return {
        name: `synthetic case ${index + 1}`, ...none, born, caseType, flags: [],
        events, judgements, completions: [], absences: [], sittings: [], expectations: []
    };
}
