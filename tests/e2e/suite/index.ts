// The extensionTestsPath module: VS Code loads it in the extension host and awaits run(); a
// rejection makes the test run fail. The tests register themselves when their module loads.
import { runRegistered } from './harness.js';
import './riskpolicy.e2e.js';

export function run(): Promise<void> {
    return runRegistered();
}
