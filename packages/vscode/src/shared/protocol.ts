import type { CaseTimeline, CohortReport, RequirementCoverage } from '@riskpolicy/engine';

// The custom requests the extension sends to the RiskPolicy language server. Plain types and method
// names only: both the client (src/extension) and the server (src/language) import this file.

/** A case of a scenario file, where it is written (0-based line, as LSP counts). */
export interface ScenarioCaseSummary {
    name: string;
    line: number;
}

export interface ScenarioFileSummary {
    uri: string;
    policy: string;
    cases: ScenarioCaseSummary[];
}

/** `riskpolicy/listScenarios`: every scenario file in the workspace, with its cases. */
export const ListScenarios = 'riskpolicy/listScenarios';
export type ListScenariosResult = ScenarioFileSummary[];

export interface ExpectationOutcome {
    line: number;
    kind: string;
    passed: boolean;
    message: string;
}

export interface CaseOutcome {
    name: string;
    line: number;
    passed: boolean;
    expectations: ExpectationOutcome[];
    timeline: CaseTimeline;
}

/** `riskpolicy/runScenarios`: simulates the cases of one scenario file (all, or those named). */
export const RunScenarios = 'riskpolicy/runScenarios';
export interface RunScenariosParams {
    uri: string;
    cases?: string[];
}
export interface RunScenariosResult {
    policy: string;
    cases: CaseOutcome[];
}

/** `riskpolicy/coverage`: how a policy meets each national requirement it is held to. */
export const Coverage = 'riskpolicy/coverage';
export interface CoverageParams {
    uri: string;
}
export interface CoverageResult {
    policy: string;
    conformsTo: string[];
    /** Every standard checked: those the policy conforms to, and the packs of `riskpolicy.standards.packs`. */
    checkedAgainst: string[];
    requirements: RequirementCoverage[];
}

/** `riskpolicy/cohort`: synthetic cases through a policy. Reports `$/progress` on `workDoneToken`; cancellable. */
export const Cohort = 'riskpolicy/cohort';
export interface CohortParams {
    uri: string;
    cases: number;
    seed: number;
    from: string;
    months: number;
    workDoneToken?: string;
}
export type CohortResult = CohortReport;

/** `riskpolicy/checkFiles`: loads (if need be) and re-checks these files; the server publishes their diagnostics. */
export const CheckFiles = 'riskpolicy/checkFiles';
export interface CheckFilesParams {
    uris: string[];
}
export interface CheckFilesResult {
    files: number;
    errors: number;
    warnings: number;
}

/**
 * `riskpolicy/workspaceChanged` (server → client notification): the workspace's .riskpolicy files
 * changed (edited, saved, created or deleted) and the server has taken the change in; lists of
 * scenarios and counts derived from them should be asked for again.
 */
export const WorkspaceChanged = 'riskpolicy/workspaceChanged';
