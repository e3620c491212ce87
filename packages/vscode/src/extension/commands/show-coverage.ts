import { commands } from 'vscode';
import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Coverage, type CoverageResult } from '../../shared/protocol.js';
import { showFailure, targetUri } from '../failures.js';
import { coverageHtml } from '../webviews/coverage-html.js';
import { showWebview } from '../webviews/show-webview.js';

/** `riskpolicy.showCoverage`: the open policy's national coverage as a table in a webview. */
export function registerShowCoverage(client: LanguageClient): Disposable {
    return commands.registerCommand('riskpolicy.showCoverage', async (given?: unknown) => {
        const uri = targetUri(given);
        if (!uri) return;
        try {
            const result = await client.sendRequest<CoverageResult>(Coverage, { uri: uri.toString() });
            showWebview('riskpolicy.coverage', `Coverage: ${result.policy}`, context => coverageHtml(result, context));
        } catch (error) {
            showFailure('could not show the coverage', error);
        }
    });
}
