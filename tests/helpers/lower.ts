import type { PolicyIr, StandardIr } from '@riskpolicy/engine';
import { RiskPolicyIr } from '@riskpolicy/engine';
import { ast, lowerPolicy, lowerStandard } from '@riskpolicy/language';
import { AstUtils } from 'langium';
import { expect } from 'vitest';
import { issuesOf, validate, type Issue, type Services } from './services.js';

const fileName = (node: import('langium').AstNode) => AstUtils.getDocument(node).uri.path;

/** Validates a policy, expects no errors, and returns its IR (checked against the zod schema). */
export async function lowerValidPolicy(services: Services, text: string): Promise<PolicyIr> {
    const [document] = await validate(services, text);
    const errors = issuesOf(document).filter((issue: Issue) => issue.severity === 'error');
    expect(errors).toEqual([]);
    const root = document.parseResult.value;
    if (!ast.isPolicy(root)) {
        throw new Error('not a policy');
    }
    const ir = lowerPolicy(root, fileName);
    RiskPolicyIr.parse(ir);
    return ir;
}

export async function lowerValidStandard(services: Services, text: string): Promise<StandardIr> {
    const [document] = await validate(services, text);
    expect(issuesOf(document).filter((issue: Issue) => issue.severity === 'error')).toEqual([]);
    const root = document.parseResult.value;
    if (!ast.isStandard(root)) {
        throw new Error('not a standard');
    }
    const ir = lowerStandard(root, fileName);
    RiskPolicyIr.parse(ir);
    return ir;
}
