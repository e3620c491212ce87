// The extensionTestsPath module: VS Code loads it in the extension host and awaits run(); a
// rejection makes the test run fail. The tests register themselves when their module loads.
import { onFailure, runRegistered } from './harness.js';
import { ui } from './workbench-ui.js';
import './riskpolicy.e2e.js';

onFailure(name => ui.screenshot(`failed-${name}`));

export function run(): Promise<void> {
    return runRegistered();
}
