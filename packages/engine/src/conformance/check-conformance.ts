import type { WorkingCalendar } from '../calendar/index.js';
import { calendarOf } from './policy-calendar.js';
import type { PolicyIr, StandardIr } from '../ir/document.js';
import { compareDuty, compareStrengths, compareTriggers, requirementReference, type PairVerdict } from './compare-requirement.js';
import { PolicyFindingCodes as Codes, severityOf, type PolicyFinding, type RequirementReference } from './findings.js';
import { localDutiesFor, requirementsFor, type LocalDuty, type NationalRequirement } from './matching.js';
import { Vocabulary } from './vocabulary.js';
import { DEFAULT_WINDOW, type StartWindow } from './due-dates.js';

export type CoverageStatus = 'implemented' | 'tightened' | 'laxer' | 'missing' | 'external' | 'not-applicable';

export interface RequirementCoverage {
    requirement: RequirementReference;
    status: CoverageStatus;
    /** The local rules that carry it out. */
    rules: string[];
    /** Codes of the findings against it. */
    findings: string[];
    /** Why the policy says it does not apply. */
    reason?: string;
}

export interface ConformanceResult {
    findings: PolicyFinding[];
    coverage: RequirementCoverage[];
}

export interface ConformanceOptions {
    calendar?: WorkingCalendar;
    /** Clock starts to search for counterexamples; by default three years from the policy's effective date. */
    window?: StartWindow;
    /** Standards the policy is held to besides those it `conforms to`: the packs the user checks every policy against. */
    alsoHeldTo?: readonly string[];
}

function words(text: string): Set<string> {
    return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter(word => word.length > 3));
}

/**
 * How much a local duty looks like the national one: the same kind of action to the same body, the
 * same kind of timing, a sign-off where one is needed, and shared words in the task.
 */
function likeness(local: LocalDuty, national: NationalRequirement): number {
    const mine = local.duty;
    const theirs = national.requirement.duties[0];
    if (!mine || !theirs) return 0;
    let score = 0;
    if (mine.action.kind === theirs.action.kind) score += 1;
    if (mine.action.kind === 'notify' && theirs.action.kind === 'notify' && mine.action.recipients.some(body => theirs.action.kind === 'notify' && theirs.action.recipients.includes(body))) score += 2;
    if (mine.action.kind === 'refer' && theirs.action.kind === 'refer' && mine.action.to.some(body => theirs.action.kind === 'refer' && theirs.action.to.includes(body))) score += 2;
    if (mine.timing && theirs.timing && mine.timing.kind === theirs.timing.kind) score += 1;
    if (theirs.signOffs.length > 0 && mine.signOffs.length > 0) score += 1;
    if (mine.action.kind === 'task' && theirs.action.kind === 'task') {
        const shared = [...words(mine.action.task)].filter(word => words(theirs.action.kind === 'task' ? theirs.action.task : '').has(word)).length;
        score += Math.min(1, shared / 3);
    }
    return score;
}

/** For each local rule carrying out the requirement, its duty most like the national one. */
function bestPerRule(candidates: LocalDuty[], national: NationalRequirement): LocalDuty[] {
    const byRule = new Map<string, LocalDuty>();
    for (const candidate of candidates) {
        const current = byRule.get(candidate.rule.id);
        if (!current || likeness(candidate, national) > likeness(current, national)) {
            byRule.set(candidate.rule.id, candidate);
        }
    }
    return [...byRule.values()];
}

function statusOf(verdict: PairVerdict): CoverageStatus {
    if (verdict.external) return 'external';
    if (verdict.findings.some(finding => finding.severity !== 'information')) return 'laxer';
    return verdict.tightened ? 'tightened' : 'implemented';
}

function supersededFindings(policy: PolicyIr, standards: StandardIr[]): PolicyFinding[] {
    const byId = new Map(standards.map(standard => [standard.id, standard]));
    const findings: PolicyFinding[] = [];
    for (const id of policy.conformsTo) {
        const standard = byId.get(id);
        if (standard?.supersededBy) {
            findings.push({
                code: Codes.SupersededStandard, severity: 'warning', location: policy.conformsToSource ?? policy.source,
                message: `'${id}' (${standard.title ?? id}) has been superseded by '${standard.supersededBy}'. Conform to the current standard instead.`,
                related: [{ location: standard.source, message: `${id} is superseded by ${standard.supersededBy}` }]
            });
        }
    }
    for (const rule of policy.rules) {
        for (const key of rule.implements) {
            const standard = byId.get(key.slice(0, key.indexOf('.')));
            if (standard?.supersededBy) {
                findings.push({
                    code: Codes.SupersededStandard, severity: 'warning', location: rule.source,
                    message: `Rule '${rule.id}' carries out ${key}, from a standard superseded by '${standard.supersededBy}'. Check the rule against the current standard.`,
                    related: [{ location: standard.source, message: `${standard.id} is superseded by ${standard.supersededBy}` }]
                });
            }
        }
    }
    return findings;
}

/** Whether only the user's settings, not the policy, hold it to this requirement. */
function heldBySettings(policy: PolicyIr, national: NationalRequirement): boolean {
    return !policy.conformsTo.includes(national.standard.id) && !policy.rules.some(rule => rule.implements.includes(national.key));
}

function checkOne(national: NationalRequirement, policy: PolicyIr, calendar: WorkingCalendar, vocabulary: Vocabulary, window: StartWindow): { findings: PolicyFinding[], coverage: RequirementCoverage } {
    const reference = requirementReference(national);
    const notApplicable = policy.notApplicable.find(entry => entry.requirement === national.key);
    if (notApplicable) {
        return { findings: [], coverage: { requirement: reference, status: 'not-applicable', rules: [], findings: [], reason: notApplicable.reason } };
    }
    const candidates = bestPerRule(localDutiesFor(national, policy, vocabulary, calendar), national);
    if (candidates.length === 0) {
        const finding: PolicyFinding = {
            code: Codes.NationalDutyMissing, severity: severityOf(reference.strength), location: policy.conformsToSource ?? policy.source,
            message: `No local rule carries out ${national.key}${reference.title ? ` ("${reference.title}")` : ''}${heldBySettings(policy, national) ? ', from a pack this policy does not conform to but every policy is checked against' : ''}. Add a rule that implements it, or declare it not applicable with a reason.`,
            related: [{ location: national.requirement.source, message: `national requirement ${national.key}` }],
            requirement: reference
        };
        return { findings: [finding], coverage: { requirement: reference, status: 'missing', rules: [], findings: [finding.code] } };
    }
    // The rules together must cover the national trigger and be as binding; each rule's own duty is judged on its own.
    const verdicts = [compareTriggers(candidates, national, vocabulary), compareStrengths(candidates, national), ...candidates.map(candidate => compareDuty(candidate, national, calendar, vocabulary, window))];
    const combined: PairVerdict = {
        findings: verdicts.flatMap(verdict => verdict.findings),
        tightened: verdicts.some(verdict => verdict.tightened),
        external: verdicts.some(verdict => verdict.external)
    };
    return {
        findings: combined.findings,
        coverage: { requirement: reference, status: statusOf(combined), rules: candidates.map(candidate => candidate.rule.id), findings: combined.findings.map(finding => finding.code) }
    };
}

/**
 * Checks a policy against the national packs it conforms to (and any requirement it says it
 * implements): missing duties, narrower triggers, later deadlines, other clocks, longer review
 * intervals, junior approvers, exceeded ceilings, superseded standards, unverifiable values.
 */
export function checkConformance(policy: PolicyIr, standards: StandardIr[], options: ConformanceOptions = {}): ConformanceResult {
    const vocabulary = new Vocabulary([policy, ...standards]);
    const calendar = options.calendar ?? calendarOf(policy);
    const findings: PolicyFinding[] = supersededFindings(policy, standards);
    const coverage: RequirementCoverage[] = [];
    const window = options.window ?? { ...DEFAULT_WINDOW, from: policy.effective ?? DEFAULT_WINDOW.from };
    for (const national of requirementsFor(policy, standards, options.alsoHeldTo)) {
        const result = checkOne(national, policy, calendar, vocabulary, window);
        findings.push(...result.findings);
        coverage.push(result.coverage);
    }
    return { findings, coverage };
}
