import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { runScenarios, type CaseResult } from '@riskpolicy/engine';
import { ast, scenarioPolicy } from '@riskpolicy/language';
import type { RiskPolicyServices, RiskPolicySharedServices } from '@riskpolicy/language';
import { ListScenarios, RunScenarios, type CaseOutcome, type ListScenariosResult, type RunScenariosParams, type RunScenariosResult } from '../shared/protocol.js';
import { checkedDocument, errorCount, refuse, scenarioDocuments, settled } from './workspace-documents.js';

const byUri = (node: import('langium').AstNode) => AstUtils.getDocument(node).uri.toString();

function outcome(result: CaseResult): CaseOutcome {
    return {
        name: result.case.name,
        line: result.case.source.start.line - 1,
        passed: result.passed,
        expectations: result.expectations.map(entry => ({
            line: entry.expectation.source.start.line - 1, kind: entry.expectation.kind, passed: entry.passed, message: entry.message
        })),
        timeline: result.timeline
    };
}

/** Simulates the cases of a scenario file (those named, or all) against the policy it is for. */
function runScenarioFile(services: RiskPolicyServices, document: LangiumDocument, names?: string[]): RunScenariosResult {
    const root = document.parseResult.value;
    if (!ast.isScenarioSet(root)) throw refuse('This file holds no scenarios: scenario files start with \'scenarios for <policy>\'.');
    const errors = errorCount(document);
    if (errors > 0) throw refuse(`Fix the ${errors} error${errors === 1 ? '' : 's'} in this scenario file first.`);
    const resolved = scenarioPolicy(root, services.analysis.PolicyAnalysis, byUri);
    if (resolved.kind !== 'ready') {
        throw refuse(resolved.kind === 'policy-not-loaded'
            ? `The policy '${resolved.policyName}' is not in the workspace.`
            : `The policy '${resolved.policyName}' does not parse; fix its syntax errors first.`);
    }
    const { scenarios, analysis } = resolved;
    const cases = names ? scenarios.cases.filter(entry => names.includes(entry.name)) : scenarios.cases;
    if (names && cases.length === 0) throw refuse(`No case named ${names.map(name => `"${name}"`).join(', ')} in this file.`);
    return { policy: analysis.policy.id, cases: runScenarios(analysis.policy, { ...scenarios, cases }, { standards: analysis.standards }).map(outcome) };
}

/** Every scenario file with its named cases; a file or case still being typed lists what it has so far. */
export function listScenarios(shared: RiskPolicySharedServices): ListScenariosResult {
    return scenarioDocuments(shared).map(document => ({
        uri: document.uri.toString(),
        policy: document.parseResult.value.policy?.$refText ?? '',
        cases: (document.parseResult.value.scenarios ?? [])
            .filter(scenario => typeof scenario.name === 'string' && scenario.name !== '')
            .map(scenario => ({ name: scenario.name, line: scenario.$cstNode?.range.start.line ?? 0 }))
    }));
}

export function registerScenarioRequests(connection: Connection, shared: RiskPolicySharedServices, services: RiskPolicyServices): void {
    connection.onRequest(ListScenarios, async () => {
        await settled(shared);
        return listScenarios(shared);
    });
    connection.onRequest(RunScenarios, async (params: RunScenariosParams) =>
        runScenarioFile(services, await checkedDocument(shared, params.uri), params.cases));
}
