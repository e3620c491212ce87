import type { WorkingCalendar } from '../calendar/index.js';
import { compareCadence, compareFrequency } from './compare-cadence.js';
import { compareSignOff } from './compare-sign-off.js';
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

/** Compares one local duty with one national requirement on trigger, timing and sign-off. */
export function compareWithRequirement(local: LocalDuty, national: NationalRequirement, calendar: WorkingCalendar, vocabulary: Vocabulary, window: StartWindow): PairVerdict {
    const reference = requirementReference(national);
    const nationalDuty = national.requirement.duties[0];
    const location = local.duty?.source ?? local.rule.source;
    const finding = (verdict: { code?: string, message?: string, facts?: string[] } & Partial<TimingVerdict>): PolicyFinding => ({
        code: verdict.code!, severity: verdict.code === Codes.UnverifiableExternal ? 'information' : severityOf(reference.strength),
        message: `${verdict.message} [${national.key}]`,
        location, related: [{ location: national.requirement.source, message: `national requirement ${national.key}${reference.title ? `: ${reference.title}` : ''}` }],
        requirement: reference,
        counterexample: {
            facts: verdict.facts ?? [],
            ...(verdict.start ? { start: verdict.start } : {}),
            ...(verdict.localDue ? { localDue: verdict.localDue } : {}),
            ...(verdict.nationalDue ? { nationalDue: verdict.nationalDue } : {}),
            ...(verdict.localExplanation ? { localExplanation: verdict.localExplanation } : {}),
            ...(verdict.nationalExplanation ? { nationalExplanation: verdict.nationalExplanation } : {})
        }
    });
    const findings: PolicyFinding[] = [];
    let tightened = false;
    let external = false;

    const uncovered = firstUncovered(national.requirement.trigger, local.rule.trigger, vocabulary);
    if (uncovered) {
        const facts = describeSituation(uncovered, vocabulary);
        findings.push(finding({ code: Codes.TriggerNarrower, message: `The local rule does not apply in a case the national requirement covers: ${facts.join(', ')}.`, facts }));
    } else {
        tightened ||= !!firstUncovered(local.rule.trigger, national.requirement.trigger, vocabulary);
    }

    if (nationalDuty && local.duty) {
        const timing = nationalDuty.timing;
        const verdict: TimingVerdict = timing?.kind === 'cadence' ? compareCadence(local.duty.timing, timing, calendar, window)
            : timing?.kind === 'frequency' ? compareFrequency(local.duty.timing, timing, national.requirement.direction)
                : compareTiming({ duty: local.duty, rule: local.rule }, { duty: nationalDuty, rule: national.requirement }, calendar, vocabulary, window);
        if (verdict.code) {
            findings.push(finding(verdict));
        }
        tightened ||= verdict.tightened;
        external ||= !!verdict.external;
    }

    const signOff = compareSignOff(local, { duty: nationalDuty, rule: national.requirement }, vocabulary);
    if (signOff.code) {
        findings.push(finding(signOff));
    }
    tightened ||= signOff.tightened;
    return { findings, tightened, external };
}
