import type { Diagnostic } from 'vscode-languageserver-types';
import type { Counterexample, RequirementReference } from '@riskpolicy/engine';
import type { LoadedWorkspace } from './load-workspace.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface FindingRange {
    start: { line: number, column: number };
    end: { line: number, column: number };
}

/** One finding as the CLI reports it. Field names are stable: tools read them. */
export interface Finding {
    file: string;
    range: FindingRange;
    severity: Severity;
    code: string;
    message: string;
    related: Array<{ file: string, range: FindingRange, message: string }>;
    /** For conformance findings: the national requirement, with its citations. */
    requirement?: RequirementReference;
    /** A concrete, dated case that shows the problem. */
    counterexample?: Counterexample;
}

/** The requirement and counterexample a whole-policy finding carries, with file names made readable. */
function extras(diagnostic: Diagnostic, workspace: LoadedWorkspace): Pick<Finding, 'requirement' | 'counterexample'> {
    const data = diagnostic.data as { requirement?: RequirementReference, counterexample?: Counterexample } | undefined;
    return {
        ...(data?.requirement ? { requirement: { ...data.requirement, source: { ...data.requirement.source, file: workspace.displayName(data.requirement.source.file) } } } : {}),
        ...(data?.counterexample ? { counterexample: data.counterexample } : {})
    };
}

const severities: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function toRange(range: Diagnostic['range']): FindingRange {
    return {
        start: { line: range.start.line + 1, column: range.start.character + 1 },
        end: { line: range.end.line + 1, column: range.end.character + 1 }
    };
}

function codeOf(diagnostic: Diagnostic): string {
    const data = diagnostic.data as { code?: unknown } | undefined;
    return typeof data?.code === 'string' ? data.code : typeof diagnostic.code === 'string' ? diagnostic.code : 'unknown';
}

/** Every finding in the user's files, ordered by file, then position. */
export function collectFindings(workspace: LoadedWorkspace): Finding[] {
    const findings = workspace.files.flatMap(({ file, document }) => (document.diagnostics ?? []).map(diagnostic => ({
        file: file.display,
        range: toRange(diagnostic.range),
        severity: severities[diagnostic.severity ?? 1] ?? 'error',
        code: codeOf(diagnostic),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        related: (diagnostic.relatedInformation ?? []).map(info => ({
            file: workspace.displayName(info.location.uri),
            range: toRange(info.location.range),
            message: info.message
        })),
        ...extras(diagnostic, workspace)
    })));
    return findings.sort((a, b) => a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
}
