import { commands } from 'vscode';
import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RunScenarios, type RunScenariosResult } from '../../shared/protocol.js';
import { showFailure } from '../failures.js';
import { showWebview } from '../webviews/show-webview.js';
import { timelineHtml } from '../webviews/timeline-html.js';

/** Simulates one case and shows its timeline in a webview. */
export async function showTimeline(client: LanguageClient, uri: string, name: string): Promise<void> {
    try {
        const result = await client.sendRequest<RunScenariosResult>(RunScenarios, { uri, cases: [name] });
        showWebview('riskpolicy.timeline', `${uri}#${name}`, `Timeline: ${name}`, context => timelineHtml(`Simulated case: ${result.policy}`, result.cases.map(entry => entry.timeline), context));
    } catch (error) {
        showFailure(`could not simulate "${name}"`, error);
    }
}

/** `riskpolicy.showTimeline` (uri, case name), from the "Show timeline" lens. */
export function registerShowTimeline(client: LanguageClient): Disposable {
    return commands.registerCommand('riskpolicy.showTimeline', (uri: string, name: string) => showTimeline(client, uri, name));
}
