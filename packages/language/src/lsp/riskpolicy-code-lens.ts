import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, GrammarUtils, WorkspaceCache } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import { simulateCase } from '@riskpolicy/engine';
import type { Policy, ScenarioSet } from '../generated/ast.js';
import { isPolicy, isRule, isScenarioSet } from '../generated/ast.js';
import { isBuiltinUri } from '../riskpolicy-builtins.js';
import { scenarioPolicy } from '../conformance/scenario-policy.js';
import type { RiskPolicyPolicyAnalysis } from '../conformance/riskpolicy-policy-analysis.js';
import type { RiskPolicyServices } from '../riskpolicy-module.js';

/** Client-side commands the lenses run (the VS Code extension registers them). */
export const CodeLensCommands = { runScenario: 'riskpolicy.runScenario', showTimeline: 'riskpolicy.showTimeline' } as const;

const byUri = (node: AstNode) => AstUtils.getDocument(node).uri.toString();

function nameRange(node: AstNode): Range | undefined {
    return (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode)?.range;
}

function exerciseTitle(count: number): string {
    return count === 1 ? '1 scenario exercises this rule' : `${count} scenarios exercise this rule`;
}

/**
 * On each scenario case: "Run scenario" and "Show timeline". On each policy rule: how many cases,
 * in the workspace's scenario files for that policy, have an obligation of the rule in their
 * simulated timeline (counted once per workspace state).
 */
export class RiskPolicyCodeLensProvider implements CodeLensProvider {
    private readonly analysis: RiskPolicyPolicyAnalysis;
    private readonly documents: RiskPolicyServices['shared']['workspace']['LangiumDocuments'];
    private readonly counts: WorkspaceCache<string, Map<string, number>>;

    constructor(services: RiskPolicyServices) {
        this.analysis = services.analysis.PolicyAnalysis;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.counts = new WorkspaceCache(services.shared);
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const root = document.parseResult.value;
        if (isScenarioSet(root)) return this.scenarioLenses(document, root);
        if (isPolicy(root)) return this.ruleLenses(document, root);
        return undefined;
    }

    private scenarioLenses(document: LangiumDocument, root: ScenarioSet): CodeLens[] {
        const uri = document.uri.toString();
        return root.scenarios.flatMap(scenario => {
            const range = nameRange(scenario);
            return range ? [
                { range, command: { title: 'Run scenario', command: CodeLensCommands.runScenario, arguments: [uri, scenario.name] } },
                { range, command: { title: 'Show timeline', command: CodeLensCommands.showTimeline, arguments: [uri, scenario.name] } }
            ] : [];
        });
    }

    private ruleLenses(document: LangiumDocument, root: Policy): CodeLens[] {
        const counts = this.counts.get(document.uri.toString(), () => this.countCases(document));
        return AstUtils.streamAllContents(root).filter(isRule).toArray().flatMap(rule => {
            const range = nameRange(rule);
            return range ? [{ range, command: { title: exerciseTitle(counts.get(rule.name) ?? 0), command: '' } }] : [];
        });
    }

    /** Rule id → how many scenario cases for this policy create an obligation of that rule. */
    private countCases(policyDocument: LangiumDocument): Map<string, number> {
        const counts = new Map<string, number>();
        const policyUri = policyDocument.uri.toString();
        for (const document of this.documents.all) {
            const root = document.parseResult.value;
            if (isBuiltinUri(document.uri) || !isScenarioSet(root) || document.parseResult.parserErrors.length > 0) continue;
            if (!root.policy.ref || byUri(root.policy.ref) !== policyUri) continue;
            const resolved = scenarioPolicy(root, this.analysis, byUri);
            if (resolved.kind !== 'ready') continue;
            for (const scenario of resolved.scenarios.cases) {
                const timeline = simulateCase(resolved.analysis.policy, scenario, { standards: resolved.analysis.standards, validate: false });
                new Set(timeline.obligations.map(obligation => obligation.rule)).forEach(rule => counts.set(rule, (counts.get(rule) ?? 0) + 1));
            }
        }
        return counts;
    }
}
