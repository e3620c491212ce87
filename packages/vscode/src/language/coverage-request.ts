import type { Connection } from 'vscode-languageserver';
import { ast } from '@riskpolicy/language';
import type { RiskPolicyServices, RiskPolicySharedServices } from '@riskpolicy/language';
import { Coverage, type CoverageParams, type CoverageResult } from '../shared/protocol.js';
import { checkedDocument, refuse } from './workspace-documents.js';

/** Answers `riskpolicy/coverage` from the policy's cached whole-policy analysis. */
export function registerCoverageRequest(connection: Connection, shared: RiskPolicySharedServices, services: RiskPolicyServices): void {
    connection.onRequest(Coverage, async (params: CoverageParams): Promise<CoverageResult> => {
        const document = await checkedDocument(shared, params.uri);
        if (!ast.isPolicy(document.parseResult.value)) throw refuse('Coverage is shown for a policy; this file holds no policy.');
        const analysis = services.analysis.PolicyAnalysis.analyse(document);
        if (!analysis) throw refuse('The policy does not parse; fix its syntax errors first.');
        return {
            policy: analysis.policy.id,
            conformsTo: analysis.policy.conformsTo,
            checkedAgainst: analysis.standards.map(standard => standard.id),
            requirements: analysis.conformance.coverage
        };
    });
}
