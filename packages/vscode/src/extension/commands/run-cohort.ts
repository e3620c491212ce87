import { randomUUID } from 'node:crypto';
import { ProgressLocation, commands, window } from 'vscode';
import type { Disposable } from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Cohort, type CohortParams, type CohortResult } from '../../shared/protocol.js';
import { showFailure, targetUri } from '../failures.js';
import { settings } from '../settings.js';
import { cohortHtml } from '../webviews/cohort-html.js';
import { showWebview } from '../webviews/show-webview.js';

async function askWholeNumber(prompt: string, value: number, least: number): Promise<number | undefined> {
    const answer = await window.showInputBox({
        prompt, value: String(value),
        validateInput: text => /^\d+$/.test(text.trim()) && Number(text) >= least ? undefined : `A whole number of at least ${least}.`
    });
    return answer === undefined ? undefined : Number(answer.trim());
}

/** Sends the cohort request with a cancellable progress notification fed by the server's `$/progress`. */
function runWithProgress(client: LanguageClient, params: Omit<CohortParams, 'workDoneToken'>): Thenable<CohortResult | undefined> {
    return window.withProgress({ location: ProgressLocation.Notification, title: `Simulating ${params.cases} cases`, cancellable: true }, async (progress, token) => {
        const workDoneToken = randomUUID();
        let reported = 0;
        const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, value => {
            if (value.kind !== 'report') return;
            const percentage = value.percentage ?? reported;
            progress.report({ message: value.message, increment: percentage - reported });
            reported = percentage;
        });
        try {
            return await client.sendRequest<CohortResult>(Cohort, { ...params, workDoneToken }, token);
        } catch (error) {
            if (token.isCancellationRequested) return undefined;
            throw error;
        } finally {
            listener.dispose();
        }
    });
}

/** `riskpolicy.runCohort`: synthetic cases through the open policy; the report opens in a webview. */
export function registerRunCohort(client: LanguageClient): Disposable {
    return commands.registerCommand('riskpolicy.runCohort', async (given?: unknown) => {
        const uri = targetUri(given);
        if (!uri) return;
        const defaults = settings();
        const cases = await askWholeNumber('How many synthetic cases?', defaults.cohortCases, 1);
        if (cases === undefined) return;
        const seed = await askWholeNumber('Random seed (the same seed gives the same result)', defaults.cohortSeed, 0);
        if (seed === undefined) return;
        try {
            const params: CohortParams = { uri: uri.toString(), cases, seed, from: defaults.cohortFrom, months: defaults.cohortMonths };
            const report = await runWithProgress(client, params);
            if (!report) {
                void window.showInformationMessage('RiskPolicy: cohort run cancelled.');
                return;
            }
            showWebview('riskpolicy.cohort', JSON.stringify(params), `Cohort: ${report.policy}`, context => cohortHtml(report, context));
        } catch (error) {
            showFailure('the cohort run failed', error);
        }
    });
}
