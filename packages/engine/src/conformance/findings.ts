import type { Citation, SourceRange } from '../ir/common.js';

export type FindingSeverity = 'error' | 'warning' | 'information';

/** The national requirement a finding is about. */
export interface RequirementReference {
    standard: string;
    id: string;
    title?: string;
    strength: string;
    direction: 'floor' | 'ceiling';
    citations: Citation[];
    source: SourceRange;
}

/** A concrete, dated case showing the difference between two rules. */
export interface Counterexample {
    /** The case, in words: "RoSH is judged Very-High on Fri 20 Dec 2024 at 09:00". */
    facts: string[];
    start?: string;
    localDue?: string;
    nationalDue?: string;
    /** How each due date was reached, naming skipped bank holidays. */
    localExplanation?: string;
    nationalExplanation?: string;
}

/** A whole-policy finding: conformance to a national pack, or consistency inside the policy. */
export interface PolicyFinding {
    code: string;
    severity: FindingSeverity;
    message: string;
    /** Where in the local policy. */
    location: SourceRange;
    related: Array<{ location: SourceRange, message: string }>;
    requirement?: RequirementReference;
    counterexample?: Counterexample;
}

/** Stable codes of whole-policy findings. Never rename one. */
export namespace PolicyFindingCodes {
    export const NationalDutyMissing = 'national-duty-missing';
    export const TriggerNarrower = 'trigger-narrower';
    export const DeadlineLater = 'deadline-later';
    export const AnchorDiffers = 'anchor-differs';
    export const DeadlineMissing = 'deadline-missing';
    export const NoHardDeadline = 'no-hard-deadline';
    export const CadenceLonger = 'cadence-longer';
    export const CadenceEventMissing = 'cadence-event-missing';
    export const FrequencyBelowFloor = 'frequency-below-floor';
    export const CeilingExceeded = 'ceiling-exceeded';
    export const ApproverBelowMinimum = 'approver-below-minimum';
    export const SignOffMissing = 'sign-off-missing';
    /** A local duty in weaker words than the national one: `should` for `must`, `may` for `should`. */
    export const DutyWeaker = 'duty-weaker';
    export const SupersededStandard = 'superseded-standard';
    export const UnverifiableExternal = 'unverifiable-external';
    export const OverlappingRules = 'overlapping-rules';
    export const ConflictingApprovers = 'conflicting-approvers';
    export const RuleNeverFires = 'rule-never-fires';
    export const LevelGap = 'level-gap';
}

/** must → error, should and consider → warning, may → information. */
export function severityOf(strength: string): FindingSeverity {
    return strength === 'must' ? 'error' : strength === 'should' || strength === 'consider' ? 'warning' : 'information';
}
