import type { PolicyIr } from '../ir/document.js';
import type { ScenarioCase, ScenarioSetIr } from '../ir/scenarios.js';
import { checkExpectation, type ExpectationResult } from './expectations.js';
import { simulateCase, type SimulationOptions } from './simulate.js';
import type { CaseTimeline } from './timeline.js';

export interface CaseResult {
    case: ScenarioCase;
    timeline: CaseTimeline;
    expectations: ExpectationResult[];
    passed: boolean;
}

/** Simulates every case of a scenario file and checks its expectations. */
export function runScenarios(policy: PolicyIr, scenarios: ScenarioSetIr, options: SimulationOptions = {}): CaseResult[] {
    return scenarios.cases.map(scenario => {
        const timeline = simulateCase(policy, scenario, options);
        const expectations = scenario.expectations.map(expectation => checkExpectation(expectation, timeline));
        return { case: scenario, timeline, expectations, passed: expectations.every(result => result.passed) };
    });
}
