import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { PolicyIr, StandardIr } from '@riskpolicy/engine';
import { PolicyFindingCodes, RiskPolicyIr } from '@riskpolicy/engine';
import { ast, lowerPolicy, lowerStandard } from '@riskpolicy/language';
import { expect } from 'vitest';
import { issuesOf, validate, type Services } from './services.js';

const fileName = (node: AstNode) => AstUtils.getDocument(node).uri.path;

/** Validates `text`, expects no errors, lowers it and checks the IR against the zod schema. */
async function lowerValid(services: Services, text: string): Promise<PolicyIr | StandardIr> {
    const [document] = await validate(services, text);
    // Whole-policy findings (conformance, consistency) are what several tests are about; the document itself must be valid.
    const wholePolicy = new Set<string>(Object.values(PolicyFindingCodes));
    expect(issuesOf(document).filter(issue => issue.severity === 'error' && !wholePolicy.has(issue.code))).toEqual([]);
    const root = document.parseResult.value;
    const ir = ast.isPolicy(root) ? lowerPolicy(root, fileName)
        : ast.isStandard(root) ? lowerStandard(root, fileName)
            : undefined;
    if (!ir) {
        throw new Error('neither a policy nor a standard');
    }
    return RiskPolicyIr.parse(ir);
}

export async function lowerValidPolicy(services: Services, text: string): Promise<PolicyIr> {
    const ir = await lowerValid(services, text);
    expect(ir.kind).toBe('policy');
    return ir as PolicyIr;
}

export async function lowerValidStandard(services: Services, text: string): Promise<StandardIr> {
    const ir = await lowerValid(services, text);
    expect(ir.kind).toBe('standard');
    return ir as StandardIr;
}
