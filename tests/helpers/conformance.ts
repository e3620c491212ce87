import { checkConformance, type ConformanceOptions, type ConformanceResult, type StandardIr } from '@riskpolicy/engine';
import { lowerValidPolicy, lowerValidStandard } from './lower.js';
import type { Services } from './services.js';

/** Lowers the standards and the policy (all must be valid) and checks the policy's conformance. */
export async function conformanceOf(services: Services, standards: string[], policy: string, options: ConformanceOptions = {}): Promise<ConformanceResult> {
    const standardIrs: StandardIr[] = [];
    for (const text of standards) {
        standardIrs.push(await lowerValidStandard(services, text));
    }
    const policyIr = await lowerValidPolicy(services, policy);
    return checkConformance(policyIr, standardIrs, options);
}
