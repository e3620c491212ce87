import type { PolicyIr, ScenarioSetIr, StandardIr } from '@riskpolicy/engine';
import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import { ast, scenarioPolicy } from '@riskpolicy/language';
import type { LoadedWorkspace } from './load-workspace.js';
import { UsageError } from './usage-error.js';

export interface LoadedScenarios {
    file: string;
    scenarios: ScenarioSetIr;
    policy: PolicyIr;
    standards: StandardIr[];
}

/** A scenario file's cases with the policy they run against (and the standards that policy uses). */
export function scenariosOf(workspace: LoadedWorkspace, document: LangiumDocument, display: string): LoadedScenarios {
    const root = document.parseResult.value;
    if (!ast.isScenarioSet(root)) {
        throw new UsageError(`${display}: this file holds no scenarios.`);
    }
    const fileName = (node: import('langium').AstNode) => workspace.displayName(AstUtils.getDocument(node).uri.toString());
    const resolved = scenarioPolicy(root, workspace.services.analysis.PolicyAnalysis, fileName);
    if (resolved.kind !== 'ready') {
        const where = resolved.at ? `${resolved.at.line + 1}:${resolved.at.character + 1}` : '1:1';
        throw new UsageError(resolved.kind === 'policy-not-loaded'
            ? `${display}:${where}: the policy '${resolved.policyName}' is not loaded. Check the name, or give its file too.`
            : `${display}: the policy '${resolved.policyName}' does not parse; run riskpolicy check on it first.`);
    }
    return { file: display, scenarios: resolved.scenarios, policy: resolved.analysis.policy, standards: resolved.analysis.standards };
}
