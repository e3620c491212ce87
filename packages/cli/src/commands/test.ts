import { runScenarios, type CaseResult } from '@riskpolicy/engine';
import { ast } from '@riskpolicy/language';
import { collectFiles } from '../collect-files.js';
import { collectFindings } from '../findings.js';
import { formatText } from '../format-findings.js';
import { checkSettingsFrom, type CheckSettingsOptions } from '../check-settings-options.js';
import { loadWorkspace } from '../load-workspace.js';
import { scenariosOf, type LoadedScenarios } from '../scenario-workspace.js';
import { ExitCode, UsageError } from '../usage-error.js';
import type { Output } from '../output.js';

export interface TestOptions extends CheckSettingsOptions {
    coverage?: boolean;
    format: string;
}

interface FileResult {
    loaded: LoadedScenarios;
    cases: CaseResult[];
}

function formatResults(results: FileResult[]): string[] {
    const lines: string[] = [];
    for (const { loaded, cases } of results) {
        lines.push(`${loaded.file} (policy ${loaded.policy.id})`);
        for (const result of cases) {
            lines.push(`  ${result.passed ? 'PASS' : 'FAIL'} ${result.case.name} (${result.expectations.length} expectation${result.expectations.length === 1 ? '' : 's'})`);
            result.expectations.filter(expectation => !expectation.passed).forEach(expectation => {
                lines.push(`      ${loaded.file}:${expectation.expectation.source.start.line}: ${expectation.message}`);
            });
        }
    }
    return lines;
}

function formatCoverage(results: FileResult[]): string[] {
    const lines: string[] = ['', 'Coverage'];
    for (const policyId of [...new Set(results.map(result => result.loaded.policy.id))]) {
        const policy = results.find(result => result.loaded.policy.id === policyId)!.loaded.policy;
        const fired = new Set(results.filter(result => result.loaded.policy.id === policyId).flatMap(result => result.cases.flatMap(entry => entry.timeline.obligations.map(obligation => obligation.rule))));
        const unfired = policy.rules.filter(rule => !fired.has(rule.id)).map(rule => rule.id);
        const national = [...new Set(policy.rules.filter(rule => fired.has(rule.id)).flatMap(rule => rule.implements))];
        lines.push(`  ${policyId}: ${fired.size} of ${policy.rules.length} rules applied in at least one scenario; national requirements exercised: ${national.length ? national.join(', ') : 'none'}`);
        if (unfired.length) lines.push(`    never applied: ${unfired.join(', ')}`);
    }
    return lines;
}

/** `riskpolicy test`: runs every scenario like a unit test; exit 1 when an expectation fails. */
export async function test(paths: string[], options: TestOptions, output: Output): Promise<number> {
    if (!['text', 'json'].includes(options.format)) {
        throw new UsageError(`--format must be text or json, not '${options.format}'.`);
    }
    const workspace = await loadWorkspace(collectFiles(paths), checkSettingsFrom(options));
    const scenarioFiles = workspace.files.filter(({ document }) => ast.isScenarioSet(document.parseResult.value));
    if (scenarioFiles.length === 0) {
        throw new UsageError(`${paths.join(' ')}: no scenarios found. Scenario files start with 'scenarios for <policy>'.`);
    }
    const errors = collectFindings(workspace).filter(finding => finding.severity === 'error' && scenarioFiles.some(({ file }) => file.display === finding.file));
    if (errors.length > 0) {
        output.err(formatText(errors));
        output.err(`Fix the ${errors.length} error${errors.length === 1 ? '' : 's'} in the scenario files first.`);
        return ExitCode.Findings;
    }
    const results: FileResult[] = scenarioFiles.map(({ document, file }) => {
        const loaded = scenariosOf(workspace, document, file.display);
        return { loaded, cases: runScenarios(loaded.policy, loaded.scenarios, { standards: loaded.standards }) };
    });
    const cases = results.flatMap(result => result.cases);
    const failed = cases.filter(result => !result.passed).length;
    if (options.format === 'json') {
        output.out(JSON.stringify(results.map(({ loaded, cases: caseResults }) => ({
            file: loaded.file, policy: loaded.policy.id,
            cases: caseResults.map(result => ({ name: result.case.name, passed: result.passed, expectations: result.expectations.map(expectation => ({ line: expectation.expectation.source.start.line, kind: expectation.expectation.kind, passed: expectation.passed, message: expectation.message })) }))
        })), null, 2));
    } else {
        const expectations = cases.flatMap(result => result.expectations);
        output.out([
            ...formatResults(results),
            ...(options.coverage ? formatCoverage(results) : []),
            '',
            `Expectations: ${expectations.filter(expectation => expectation.passed).length} passed, ${expectations.filter(expectation => !expectation.passed).length} failed`,
            `${cases.length - failed} passed, ${failed} failed`
        ].join('\n'));
    }
    return failed > 0 ? ExitCode.Findings : ExitCode.Ok;
}
