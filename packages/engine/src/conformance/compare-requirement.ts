import type { WorkingCalendar } from '../calendar/index.js';
import { compareCadence, compareFrequency } from './compare-cadence.js';
import { compareSignOff } from './compare-sign-off.js';
import { compareStrength, strongerOf } from './compare-strength.js';
import { compareTiming, type TimingVerdict } from './compare-timing.js';
import { PolicyFindingCodes as Codes, severityOf, type PolicyFinding, type RequirementReference } from './findings.js';
import type { LocalDuty, NationalRequirement } from './matching.js';
import { describeSituation, firstUncovered } from './triggers.js';
import type { Vocabulary } from './vocabulary.js';
import type { StartWindow } from './due-dates.js';

export interface PairVerdict {
    findings: PolicyFinding[];
    tightened: boolean;
    external: boolean;
}

export function requirementReference(national: NationalRequirement): RequirementReference {
    const { requirement, standard } = national;
    return {
        standard: standard.id, id: requirement.id, ...(requirement.title ? { title: requirement.title } : {}),
        strength: requirement.duties[0]?.strength ?? requirement.prohibitions[0]?.strength ?? 'must', direction: requirement.direction,
        citations: requirement.citations, source: requirement.source
    };
}

type Evidence = { code: string, message: string, facts?: string[] } & Partial<TimingVerdict>;

/** A finding at a local duty (or rule) against a national requirement, with its counterexample. */
function findingAt(local: LocalDuty, national: NationalRequirement, evidence: Evidence): PolicyFinding {
    const reference = requirementReference(national);
    return {
        code: evidence.code, severity: evidence.code === Codes.UnverifiableExternal ? 'information' : severityOf(reference.strength),
        message: `${evidence.message} [${national.key}]`,
        location: local.duty?.source ?? local.rule.source,
        related: [{ location: national.requirement.source, message: `national requirement ${national.key}${reference.title ? `: ${reference.title}` : ''}` }],
        requirement: reference,
        counterexample: {
            facts: evidence.facts ?? [],
            ...(evidence.start ? { start: evidence.start } : {}),
            ...(evidence.localDue ? { localDue: evidence.localDue } : {}),
            ...(evidence.nationalDue ? { nationalDue: evidence.nationalDue } : {}),
            ...(evidence.localExplanation ? { localExplanation: evidence.localExplanation } : {}),
            ...(evidence.nationalExplanation ? { nationalExplanation: evidence.nationalExplanation } : {})
        }
    };
}

/**
 * Do the local rules that carry out a requirement, together, apply in every case the national
 * trigger covers? (Only floors: a ceiling bounds what a local rule may require, wherever it applies.)
 */
export function compareTriggers(locals: LocalDuty[], national: NationalRequirement, vocabulary: Vocabulary): PairVerdict {
    if (national.requirement.direction === 'ceiling' || locals.length === 0) {
        return { findings: [], tightened: false, external: false };
    }
    const uncovered = firstUncovered(national.requirement.trigger, locals.map(local => local.rule.trigger), vocabulary);
    if (uncovered) {
        const facts = describeSituation(uncovered, vocabulary);
        const message = `The local rule${locals.length > 1 ? 's do' : ' does'} not apply in a case the national requirement covers: ${facts.join(', ')}.`;
        return { findings: [findingAt(locals[0], national, { code: Codes.TriggerNarrower, message, facts })], tightened: false, external: false };
    }
    const wider = locals.some(local => firstUncovered(local.rule.trigger, national.requirement.trigger, vocabulary));
    return { findings: [], tightened: wider, external: false };
}

/**
 * Is the national duty, together, carried out in words at least as binding? A `may` beside a `must`
 * for the same requirement is a discretion within it, not a weakening; the weakest words are
 * reported only when no local duty reaches the national ones, at the most binding of them.
 */
export function compareStrengths(locals: LocalDuty[], national: NationalRequirement): PairVerdict {
    const nationalDuty = national.requirement.duties[0];
    const verdicts = nationalDuty ? locals.flatMap(local => local.duty ? [{ local, verdict: compareStrength(local.duty, nationalDuty, national.requirement.direction) }] : []) : [];
    if (verdicts.length === 0 || verdicts.some(({ verdict }) => !verdict.code)) {
        return { findings: [], tightened: verdicts.some(({ verdict }) => verdict.tightened), external: false };
    }
    const { local, verdict } = verdicts.reduce((best, next) => strongerOf(best.local.duty!, next.local.duty!) === next.local.duty ? next : best);
    return { findings: [findingAt(local, national, { code: verdict.code!, message: verdict.message ?? '', facts: verdict.facts })], tightened: false, external: false };
}

/** Compares one local duty with the national one on timing and sign-off. */
export function compareDuty(local: LocalDuty, national: NationalRequirement, calendar: WorkingCalendar, vocabulary: Vocabulary, window: StartWindow): PairVerdict {
    const nationalDuty = national.requirement.duties[0];
    const findings: PolicyFinding[] = [];
    let tightened = false;
    let external = false;
    if (nationalDuty && local.duty) {
        const timing = nationalDuty.timing;
        const verdict: TimingVerdict = timing?.kind === 'cadence' ? compareCadence(local.duty.timing, timing, calendar, window)
            : timing?.kind === 'frequency' ? compareFrequency(local.duty.timing, timing, national.requirement.direction)
                : compareTiming({ duty: local.duty, rule: local.rule }, { duty: nationalDuty, rule: national.requirement }, calendar, vocabulary, window);
        if (verdict.code) {
            findings.push(findingAt(local, national, { ...verdict, code: verdict.code, message: verdict.message ?? '' }));
        }
        tightened ||= verdict.tightened;
        external ||= !!verdict.external;
    }
    const signOff = compareSignOff(local, { duty: nationalDuty, rule: national.requirement }, vocabulary);
    if (signOff.code) {
        findings.push(findingAt(local, national, { code: signOff.code, message: signOff.message ?? '', facts: signOff.facts }));
    }
    tightened ||= signOff.tightened;
    return { findings, tightened, external };
}
