import { collectFiles } from '../collect-files.js';
import { collectFindings } from '../findings.js';
import { formatJson, formatSummary, formatText } from '../format-findings.js';
import { formatSarif } from '../format-sarif.js';
import { VERSION } from '../version.js';
import { checkSettingsFrom, type CheckSettingsOptions } from '../check-settings-options.js';
import { loadWorkspace } from '../load-workspace.js';
import { ExitCode, UsageError } from '../usage-error.js';
import type { Output } from '../output.js';

export interface CheckOptions extends CheckSettingsOptions {
    format: string;
}

/** `riskpolicy check`: every finding in the given files; exit 1 when any is an error. */
export async function check(paths: string[], options: CheckOptions, output: Output): Promise<number> {
    if (!['text', 'json', 'sarif'].includes(options.format)) {
        throw new UsageError(`--format must be text, json or sarif, not '${options.format}'.`);
    }
    const workspace = await loadWorkspace(collectFiles(paths), checkSettingsFrom(options));
    const findings = collectFindings(workspace);
    if (options.format === 'json') {
        output.out(formatJson(findings));
    } else if (options.format === 'sarif') {
        output.out(formatSarif(findings, VERSION));
    } else {
        if (findings.length > 0) {
            output.out(formatText(findings));
        }
        output.out(formatSummary(findings, workspace.files.length));
    }
    return findings.some(finding => finding.severity === 'error') ? ExitCode.Findings : ExitCode.Ok;
}
