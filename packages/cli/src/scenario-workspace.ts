import type { PolicyIr, ScenarioSetIr, StandardIr } from '@riskpolicy/engine';
import type { LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import { ast, lowerScenarios } from '@riskpolicy/language';
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
    const policyNode = root.policy.ref;
    if (!policyNode) {
        const start = root.policy.$refNode?.range.start;
        const where = start ? `${start.line + 1}:${start.character + 1}` : '1:1';
        throw new UsageError(`${display}:${where}: the policy '${root.policy.$refText}' is not loaded. Check the name, or give its file too.`);
    }
    const analysis = workspace.services.analysis.PolicyAnalysis.analyse(AstUtils.getDocument(policyNode));
    if (!analysis) {
        throw new UsageError(`${display}: the policy '${root.policy.$refText}' does not parse; run riskpolicy check on it first.`);
    }
    const fileName = (node: import('langium').AstNode) => workspace.displayName(AstUtils.getDocument(node).uri.toString());
    return { file: display, scenarios: lowerScenarios(root, fileName), policy: analysis.policy, standards: analysis.standards };
}
