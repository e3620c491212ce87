import { CancellationTokenSource, commands, window } from 'vscode';
import type { Disposable } from 'vscode';
import type { ScenarioTests } from '../testing/scenario-tests.js';
import { showFailure } from '../failures.js';
import type { CaseOutcome } from '../../shared/protocol.js';

/**
 * `riskpolicy.runScenario` (uri, case name), from the "Run scenario" lens: runs the case through the
 * Testing view (results inline in the editor and in Test Results), says how it went and returns the
 * outcome (undefined when the case could not be run).
 */
export function registerRunScenario(scenarioTests: ScenarioTests): Disposable {
    return commands.registerCommand('riskpolicy.runScenario', async (uri: string, name: string): Promise<CaseOutcome | undefined> => {
        const cancellation = new CancellationTokenSource();
        try {
            const outcome = await scenarioTests.runCase(uri, name, cancellation.token);
            if (!outcome) {
                void window.showErrorMessage(`RiskPolicy: no case "${name}" in this file; save it and try again.`);
            } else if (outcome.passed) {
                void window.showInformationMessage(`Passed: "${name}" (${outcome.expectations.length} expectation${outcome.expectations.length === 1 ? '' : 's'} met).`);
            } else {
                void offerFailureDetails(uri, name, outcome);
            }
            return outcome;
        } catch (error) {
            showFailure(`could not run "${name}"`, error);
            return undefined;
        } finally {
            cancellation.dispose();
        }
    });
}

/** Not awaited by the command, so that callers get the outcome while the notification is open. */
async function offerFailureDetails(uri: string, name: string, outcome: CaseOutcome): Promise<void> {
    const failed = outcome.expectations.filter(entry => !entry.passed);
    const choice = await window.showWarningMessage(`Failed: "${name}": ${failed[0]?.message ?? 'an expectation was not met'}${failed.length > 1 ? ` (and ${failed.length - 1} more)` : ''}`, 'Show timeline', 'Show test output');
    if (choice === 'Show timeline') await commands.executeCommand('riskpolicy.showTimeline', uri, name);
    if (choice === 'Show test output') await commands.executeCommand('testing.showMostRecentOutput');
}
