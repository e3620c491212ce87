import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { PolicyFindingCodes, RiskPolicyIr } from '@riskpolicy/engine';
import { ast, lowerPolicy, lowerStandard } from '@riskpolicy/language';
import { collectFiles } from '../collect-files.js';
import { collectFindings } from '../findings.js';
import { formatText } from '../format-findings.js';
import { checkSettingsFrom, type CheckSettingsOptions } from '../check-settings-options.js';
import { loadWorkspace } from '../load-workspace.js';
import { ExitCode, UsageError } from '../usage-error.js';
import { writeAtomically } from '../write-atomically.js';
import type { Output } from '../output.js';

export interface CompileOptions extends CheckSettingsOptions {
    target: string;
    out?: string;
}

const targets = ['json'];

/** Codes of findings about the policy as a whole or against the national standards, not about its wording. */
const wholePolicyCodes = new Set<string>(Object.values(PolicyFindingCodes));

/**
 * `riskpolicy compile`: one policy or standard to an executable form. Refuses (exit 1, nothing written)
 * when the file has errors in its wording, because the output would not mean what the author meant.
 * A departure from the national standards is the policy in force all the same: it compiles, and
 * the departures are counted on standard error.
 */
export async function compile(path: string, options: CompileOptions, output: Output): Promise<number> {
    if (!targets.includes(options.target)) {
        throw new UsageError(`--target must be one of ${targets.join(', ')}, not '${options.target}'.`);
    }
    const inputs = collectFiles([path]);
    if (inputs.length !== 1) {
        throw new UsageError(`${path}: compile takes one .riskpolicy file, not a folder of ${inputs.length}.`);
    }
    const workspace = await loadWorkspace(inputs, checkSettingsFrom(options));
    const [{ document, file }] = workspace.files;
    const root = document.parseResult.value;
    if (ast.isScenarioSet(root)) {
        throw new UsageError(`${file.display}: compile takes a policy or a standard; this file holds scenarios.`);
    }
    const allErrors = collectFindings(workspace).filter(finding => finding.severity === 'error');
    const errors = allErrors.filter(finding => !wholePolicyCodes.has(finding.code));
    const departures = allErrors.length - errors.length;
    if (errors.length > 0) {
        output.err(formatText(errors));
        output.err(`${file.display}: not compiled: fix the ${errors.length} error${errors.length === 1 ? '' : 's'} above first.`);
        return ExitCode.Findings;
    }
    const fileName = (node: AstNode) => workspace.displayName(AstUtils.getDocument(node).uri.toString());
    const ir = ast.isPolicy(root) ? lowerPolicy(root, fileName, checkSettingsFrom(options).calendarRegion) : lowerStandard(root as ast.Standard, fileName);
    const json = JSON.stringify(RiskPolicyIr.parse(ir), null, 2) + '\n';
    if (options.out) {
        writeAtomically(options.out, json);
        output.err(`Wrote ${options.out}`);
    } else {
        output.out(json);
    }
    if (departures > 0) {
        output.err(`${file.display}: compiled as written, with ${departures} error${departures === 1 ? '' : 's'} against the national standards or in the policy as a whole; run riskpolicy check ${file.display} to see ${departures === 1 ? 'it' : 'them'}.`);
    }
    return ExitCode.Ok;
}
