import { commands, window, workspace } from 'vscode';
import type { Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckFiles, type CheckFilesResult } from '../../shared/protocol.js';
import { showFailure } from '../failures.js';

/**
 * `riskpolicy.checkWorkspace`: has the server load and re-check every .riskpolicy file in the
 * workspace (it publishes each file's diagnostics as it goes), then opens the Problems view.
 */
export function registerCheckWorkspace(client: LanguageClient): Disposable {
    return commands.registerCommand('riskpolicy.checkWorkspace', async () => {
        try {
            const files = await workspace.findFiles('**/*.riskpolicy', '**/node_modules/**');
            const result = await client.sendRequest<CheckFilesResult>(CheckFiles, { uris: files.map(file => file.toString()) });
            await commands.executeCommand('workbench.actions.view.problems');
            void window.showInformationMessage(`RiskPolicy: checked ${result.files} file${result.files === 1 ? '' : 's'}: ${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}.`);
        } catch (error) {
            showFailure('could not check the workspace', error);
        }
    });
}
