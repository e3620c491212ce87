import { AstUtils } from 'langium';
import { runScenarios, type CaseResult } from '@riskpolicy/engine';
import { ast, lowerScenarios } from '@riskpolicy/language';
import { expect } from 'vitest';
import { lowerValidPolicy } from './lower.js';
import { issuesOf, validate, type Services } from './services.js';

/** Lowers a policy and a scenarios file for it (both must be valid), runs every case and returns the results. */
export async function simulated(services: Services, policyText: string, scenarioText: string): Promise<CaseResult[]> {
    const policy = await lowerValidPolicy(services, policyText);
    const [, scenarioDocument] = await validate(services, policyText, scenarioText);
    expect(issuesOf(scenarioDocument).filter(issue => issue.severity === 'error')).toEqual([]);
    const root = scenarioDocument.parseResult.value;
    if (!ast.isScenarioSet(root)) throw new Error('not a scenarios file');
    return runScenarios(policy, lowerScenarios(root, node => AstUtils.getDocument(node).uri.path));
}
