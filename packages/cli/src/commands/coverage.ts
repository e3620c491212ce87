import type { CoverageStatus, RequirementCoverage } from '@riskpolicy/engine';
import { ast } from '@riskpolicy/language';
import { collectFiles } from '../collect-files.js';
import { checkSettingsFrom, type CheckSettingsOptions } from '../check-settings-options.js';
import { loadWorkspace } from '../load-workspace.js';
import { ExitCode, UsageError } from '../usage-error.js';
import type { Output } from '../output.js';

export interface CoverageOptions extends CheckSettingsOptions {
    format: string;
}

const statuses: CoverageStatus[] = ['implemented', 'tightened', 'laxer', 'missing', 'external', 'not-applicable'];

function totals(entries: RequirementCoverage[]): Record<CoverageStatus, number> {
    return Object.fromEntries(statuses.map(status => [status, entries.filter(entry => entry.status === status).length])) as Record<CoverageStatus, number>;
}

function formatTable(file: string, conformsTo: string[], checkedAgainst: string[], entries: RequirementCoverage[]): string {
    const also = checkedAgainst.filter(standard => !conformsTo.includes(standard));
    const alsoText = also.length > 0 ? `; also checked against ${also.join(', ')}` : '';
    const lines = [`${file} conforms to ${conformsTo.join(', ') || 'no standard'}${alsoText} (${entries.length} requirements)`];
    const width = Math.max(12, ...entries.map(entry => entry.requirement.id.length));
    for (const standard of [...new Set(entries.map(entry => entry.requirement.standard))]) {
        lines.push('', standard);
        for (const entry of entries.filter(candidate => candidate.requirement.standard === standard)) {
            const detail = entry.status === 'not-applicable' ? entry.reason ?? ''
                : [entry.rules.join(', '), entry.findings.join(', ')].filter(Boolean).join('  ');
            lines.push(`  ${entry.requirement.id.padEnd(width)}  ${entry.status.padEnd(14)}  ${entry.requirement.strength.padEnd(8)}  ${detail}`.trimEnd());
        }
    }
    const counts = totals(entries);
    lines.push('', `Totals: ${statuses.map(status => `${status} ${counts[status]}`).join(', ')} (${entries.length} requirements)`);
    return lines.join('\n');
}

/** `riskpolicy coverage`: each national requirement the policy is held to, and how the policy meets it. */
export async function coverage(path: string, options: CoverageOptions, output: Output): Promise<number> {
    if (!['text', 'json'].includes(options.format)) {
        throw new UsageError(`--format must be text or json, not '${options.format}'.`);
    }
    const inputs = collectFiles([path]);
    if (inputs.length !== 1) {
        throw new UsageError(`${path}: coverage takes one policy file, not a folder of ${inputs.length}.`);
    }
    const workspace = await loadWorkspace(inputs, checkSettingsFrom(options));
    const [{ document, file }] = workspace.files;
    if (!ast.isPolicy(document.parseResult.value)) {
        throw new UsageError(`${file.display}: coverage takes a policy; this file holds a ${document.parseResult.value.$type.toLowerCase()}.`);
    }
    const analysis = workspace.services.analysis.PolicyAnalysis.analyse(document);
    if (!analysis) {
        output.err(`${file.display}: the policy does not parse; run \`riskpolicy check ${file.display}\` and fix the syntax errors first.`);
        return ExitCode.Findings;
    }
    const entries = analysis.conformance.coverage;
    const checkedAgainst = analysis.standards.map(standard => standard.id);
    if (options.format === 'json') {
        output.out(JSON.stringify({ file: file.display, conformsTo: analysis.policy.conformsTo, checkedAgainst, totals: { ...totals(entries), all: entries.length }, requirements: entries }, null, 2));
    } else {
        output.out(formatTable(file.display, analysis.policy.conformsTo, checkedAgainst, entries));
    }
    return ExitCode.Ok;
}
