import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatMoment, renderTimelinesHtml, runScenarios, type CaseTimeline } from '@riskpolicy/engine';
import { ast } from '@riskpolicy/language';
import { collectFiles } from '../collect-files.js';
import { checkSettingsFrom, type CheckSettingsOptions } from '../check-settings-options.js';
import { loadWorkspace } from '../load-workspace.js';
import { scenariosOf } from '../scenario-workspace.js';
import { ExitCode, UsageError } from '../usage-error.js';
import { writeAtomically } from '../write-atomically.js';
import type { Output } from '../output.js';

export interface SimulateOptions extends CheckSettingsOptions {
    scenario: string;
    format: string;
    out?: string;
}

function formatTable(timeline: CaseTimeline): string {
    const lines = [`${timeline.case} (policy ${timeline.policy}, ${formatMoment(timeline.from)} to ${formatMoment(timeline.until)})`, ''];
    for (const entry of timeline.entries) {
        lines.push(`  ${formatMoment(entry.at).padEnd(22)} ${entry.kind.padEnd(17)} ${entry.text}`);
    }
    lines.push('', '  Obligations:');
    for (const obligation of timeline.obligations) {
        const holder = obligation.handedTo ? `${obligation.handedTo.to} (for ${obligation.holder[0]})` : obligation.holder.join(' or ');
        lines.push(`  ${obligation.status.padEnd(9)} ${obligation.task} — ${holder}, ${obligation.due ? `due ${formatMoment(obligation.due)}` : 'no due date'} [${obligation.rule}]`);
        lines.push(`            why: ${obligation.why}`);
        obligation.escalations.forEach(escalation => lines.push(`            escalated to ${escalation.to.join(' or ')} on ${formatMoment(escalation.at)}`));
    }
    return lines.join('\n');
}

/** The scenario file: the path given, or the file in the policy's `scenarios/` folder that holds a case of that name. */
async function scenarioFiles(policyPath: string, scenario: string): Promise<string[]> {
    if (existsSync(scenario)) {
        return [scenario];
    }
    const folder = join(dirname(policyPath), 'scenarios');
    return existsSync(folder) ? collectFiles([folder]).map(file => file.absolute) : [];
}

/** `riskpolicy simulate`: one policy, one scenario file or case, the timeline as a table, JSON or HTML. */
export async function simulate(policyPath: string, options: SimulateOptions, output: Output): Promise<number> {
    if (!['text', 'json', 'html'].includes(options.format)) {
        throw new UsageError(`--format must be text, json or html, not '${options.format}'.`);
    }
    const policyInputs = new Set(collectFiles([policyPath]).map(file => file.absolute));
    const candidates = await scenarioFiles(policyPath, options.scenario);
    if (candidates.length === 0) {
        throw new UsageError(`${options.scenario}: no such scenario file, and no scenarios/ folder beside ${policyPath} to find a case of that name in.`);
    }
    const scenarioInputs = new Set(collectFiles(candidates).map(file => file.absolute));
    // One call, so a file named both as the policy and as the scenario (or in overlapping folders) loads once.
    const workspace = await loadWorkspace(collectFiles([policyPath, ...candidates]), checkSettingsFrom(options));
    const given = workspace.files.filter(({ file }) => policyInputs.has(file.absolute));
    const policies = given.filter(({ document }) => ast.isPolicy(document.parseResult.value));
    if (policies.length > 1) {
        throw new UsageError(`${policyPath}: simulate takes one policy file; this folder holds ${policies.length} policies. Name one of them, e.g. ${policies[0].file.display}.`);
    }
    if (policies.length === 0) {
        const root = given[0].document.parseResult.value;
        throw new UsageError(`${policyPath}: simulate takes a policy first; ${given.length === 1 ? `this file holds a ${root.$type.toLowerCase()}` : 'this folder holds no policy'}.`);
    }
    const [{ document: policyDocument, file: policyFile }] = policies;
    const policyRoot = policyDocument.parseResult.value;
    const byFile = existsSync(options.scenario);
    const scenarioSets = workspace.files.filter(({ document, file }) => scenarioInputs.has(file.absolute) && ast.isScenarioSet(document.parseResult.value));
    if (byFile && scenarioSets.length === 0) {
        throw new UsageError(`${options.scenario}: --scenario takes a scenario file (one that starts 'scenarios for <policy>') or a case name; this holds no scenarios.`);
    }
    const forPolicy = scenarioSets.filter(({ document }) => (document.parseResult.value as ast.ScenarioSet).policy.ref === policyRoot);
    if (byFile && forPolicy.length === 0) {
        const [{ document, file }] = scenarioSets;
        const name = (document.parseResult.value as ast.ScenarioSet).policy.$refText;
        throw new UsageError(`${file.display} holds scenarios for policy '${name}', not for ${policyFile.display}. Give that policy, or a scenario file written for this one.`);
    }
    const timelines: CaseTimeline[] = [];
    for (const { document, file } of forPolicy) {
        const loaded = scenariosOf(workspace, document, file.display);
        const cases = byFile ? loaded.scenarios.cases : loaded.scenarios.cases.filter(entry => entry.name.toLowerCase() === options.scenario.toLowerCase());
        timelines.push(...runScenarios(loaded.policy, { ...loaded.scenarios, cases }, { standards: loaded.standards }).map(result => result.timeline));
    }
    if (timelines.length === 0) {
        throw new UsageError(`${options.scenario}: no case of that name in ${candidates.length} scenario file${candidates.length === 1 ? '' : 's'} beside ${policyPath}.`);
    }
    const text = options.format === 'json' ? JSON.stringify(timelines, null, 2)
        : options.format === 'html' ? renderTimelinesHtml(`Simulated cases: ${timelines[0].policy}`, timelines)
            : timelines.map(formatTable).join('\n\n');
    if (options.out) {
        writeAtomically(options.out, text.endsWith('\n') ? text : `${text}\n`);
        output.err(`Wrote ${options.out}`);
    } else {
        output.out(text);
    }
    return ExitCode.Ok;
}
