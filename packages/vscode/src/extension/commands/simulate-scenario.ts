import { Uri, commands, window, workspace } from 'vscode';
import type { Disposable, QuickPickItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ListScenarios, type ListScenariosResult } from '../../shared/protocol.js';
import { showFailure } from '../failures.js';
import { showTimeline } from './show-timeline.js';

interface CasePick extends QuickPickItem {
    uri: string;
    name: string;
}

/** `riskpolicy.simulateScenario`: pick any case in the workspace; its timeline opens in a webview. */
export function registerSimulateScenario(client: LanguageClient): Disposable {
    return commands.registerCommand('riskpolicy.simulateScenario', async () => {
        let files: ListScenariosResult;
        try {
            files = await client.sendRequest<ListScenariosResult>(ListScenarios, {});
        } catch (error) {
            return showFailure('could not list the scenarios', error);
        }
        const picks: CasePick[] = files.flatMap(file => file.cases.map(entry => ({
            label: entry.name, description: workspace.asRelativePath(Uri.parse(file.uri)), detail: `scenarios for ${file.policy}`, uri: file.uri, name: entry.name
        })));
        if (picks.length === 0) {
            void window.showInformationMessage('RiskPolicy: no scenario files in this workspace. Scenario files start with \'scenarios for <policy>\'.');
            return;
        }
        const picked = await window.showQuickPick(picks, { title: 'Simulate a scenario case', matchOnDescription: true, matchOnDetail: true });
        if (picked) await showTimeline(client, picked.uri, picked.name);
    });
}
