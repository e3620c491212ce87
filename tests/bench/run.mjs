// Benchmarks, run by `npm run bench` (not by `npm test`). Each result is a ratio against a
// baseline measured in the same run, so the numbers mean the same on any machine.
import { linkingScalability } from './linking-scalability.mjs';
import { wholePolicyAnalysis } from './whole-policy-analysis.mjs';
import { simulationSpeed } from './simulation-speed.mjs';

const results = [await linkingScalability(), await wholePolicyAnalysis(), await simulationSpeed()];
for (const result of results) {
    console.log(`\n${result.name}`);
    for (const line of result.lines) {
        console.log(`  ${line}`);
    }
}
