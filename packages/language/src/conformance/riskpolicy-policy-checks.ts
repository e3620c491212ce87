import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { PolicyFinding } from '@riskpolicy/engine';
import type { Range } from 'vscode-languageserver-types';
import type { Policy } from '../generated/ast.js';
import type { RiskPolicyPolicyAnalysis } from './riskpolicy-policy-analysis.js';

function toRange(location: PolicyFinding['location']): Range {
    return {
        start: { line: location.start.line - 1, character: location.start.column - 1 },
        end: { line: location.end.line - 1, character: location.end.column - 1 }
    };
}

/**
 * Whole-policy checks, run in the `slow` validation category: conformance to the national packs and
 * consistency between rules. Each finding becomes a diagnostic carrying its code, the national
 * requirement and the counterexample.
 */
export class PolicyChecks {
    constructor(private readonly analysis: () => RiskPolicyPolicyAnalysis) {}

    checkPolicyAgainstStandardsAndItself(policy: Policy, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(policy);
        const result = this.analysis().analyse(document);
        if (!result) {
            return;
        }
        const own = document.uri.toString();
        for (const finding of [...result.conformance.findings, ...result.consistency]) {
            if (finding.location.file !== own) {
                continue;
            }
            accept(finding.severity === 'information' ? 'info' : finding.severity, finding.message, {
                node: policy,
                range: toRange(finding.location),
                data: {
                    code: finding.code,
                    ...(finding.requirement ? { requirement: finding.requirement } : {}),
                    ...(finding.counterexample ? { counterexample: finding.counterexample } : {})
                },
                relatedInformation: finding.related.map(related => ({ location: { uri: related.location.file, range: toRange(related.location) }, message: related.message }))
            });
        }
    }
}
