import { commands } from 'vscode';
import type { Disposable, Event } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Coverage, type CoverageResult } from '../../shared/protocol.js';
import { showFailure, targetUri } from '../failures.js';
import { coverageHtml, coverageUnavailableHtml } from '../webviews/coverage-html.js';
import { openWebview, showWebview } from '../webviews/show-webview.js';

const viewType = 'riskpolicy.coverage';

/**
 * `riskpolicy.showCoverage`: the open policy's national coverage as a table in a webview, kept up
 * to date as the policy, the packs or the settings change.
 */
export function registerShowCoverage(client: LanguageClient, workspaceChanged: Event<void>): Disposable {
    const shown = new Set<string>();
    const request = (uri: string) => client.sendRequest<CoverageResult>(Coverage, { uri });
    let generation = 0;
    const refresh = async () => {
        // Only the latest refresh writes: an answer to an older one would show the policy as it was.
        const mine = ++generation;
        for (const uri of shown) {
            const panel = openWebview(viewType, uri);
            if (!panel) {
                shown.delete(uri);
                continue;
            }
            const context = { cspSource: panel.webview.cspSource };
            try {
                const result = await request(uri);
                if (mine !== generation) return;
                // Updated in place: a change to the policy must not pull the panel in front of the editor.
                panel.title = `Coverage: ${result.policy}`;
                panel.webview.html = coverageHtml(result, context);
            } catch (error) {
                // The policy is mid-edit (or its file is gone): say so in the panel rather than show stale rows.
                if (mine !== generation) return;
                const reason = error instanceof Error ? error.message : String(error);
                panel.webview.html = coverageUnavailableHtml(reason, context);
            }
        }
    };
    const listener = workspaceChanged(() => void refresh());
    const command = commands.registerCommand('riskpolicy.showCoverage', async (given?: unknown) => {
        const uri = targetUri(given);
        if (!uri) return;
        try {
            const result = await request(uri.toString());
            showWebview(viewType, uri.toString(), `Coverage: ${result.policy}`, context => coverageHtml(result, context));
            shown.add(uri.toString());
        } catch (error) {
            showFailure('could not show the coverage', error);
        }
    });
    return { dispose: () => { listener.dispose(); command.dispose(); } };
}
