import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { ScenarioSetIr } from '@riskpolicy/engine';
import type { ScenarioSet } from '../generated/ast.js';
import { lowerScenarios } from '../lowering/lower-scenarios.js';
import type { PolicyAnalysis, RiskPolicyPolicyAnalysis } from './riskpolicy-policy-analysis.js';

/** A scenario file ready to run: its cases, and the analysis of the policy it is for. */
export interface ReadyScenarios {
    kind: 'ready';
    scenarios: ScenarioSetIr;
    analysis: PolicyAnalysis;
}

/** Why a scenario file cannot run: the policy it names is not loaded, or does not parse. */
export interface UnreadyScenarios {
    kind: 'policy-not-loaded' | 'policy-does-not-parse';
    policyName: string;
    /** Where `scenarios for <policy>` names it (0-based line and character). */
    at?: { line: number, character: number };
}

/**
 * Resolves a scenario file to the policy it runs against, once for the CLI, the language server's
 * requests and its code lenses. `fileName` names documents in the lowered cases' source ranges.
 */
export function scenarioPolicy(root: ScenarioSet, analysis: RiskPolicyPolicyAnalysis, fileName: (node: AstNode) => string): ReadyScenarios | UnreadyScenarios {
    const policyName = root.policy.$refText;
    const policyNode = root.policy.ref;
    if (!policyNode) {
        return { kind: 'policy-not-loaded', policyName, at: root.policy.$refNode?.range.start };
    }
    const analysed = analysis.analyse(AstUtils.getDocument(policyNode));
    if (!analysed) {
        return { kind: 'policy-does-not-parse', policyName };
    }
    return { kind: 'ready', scenarios: lowerScenarios(root, fileName), analysis: analysed };
}
