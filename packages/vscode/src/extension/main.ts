import type * as vscode from 'vscode';
import { workspace } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { registerCheckWorkspace } from './commands/check-workspace.js';
import { registerRunCohort } from './commands/run-cohort.js';
import { registerRunScenario } from './commands/run-scenario.js';
import { registerShowCoverage } from './commands/show-coverage.js';
import { registerShowTimeline } from './commands/show-timeline.js';
import { registerSimulateScenario } from './commands/simulate-scenario.js';
import { ScenarioTests } from './testing/scenario-tests.js';
import { WorkspaceChanges } from './workspace-changes.js';
import { trackPolicyContext } from './policy-context.js';

// The RiskPolicy extension: starts the bundled language server (out/language/main.cjs), connects
// VS Code to it, and adds the commands (./commands/), the Testing view (./testing/) and the
// webviews (./webviews/). The heavy work runs in the server, asked for with the `riskpolicy/…`
// requests of ../shared/protocol.ts.

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createLanguageClient(context);
    await client.start();
    const workspaceChanges = new WorkspaceChanges(client);
    const scenarioTests = new ScenarioTests(client, workspaceChanges.event);
    context.subscriptions.push(
        workspaceChanges,
        trackPolicyContext(),
        scenarioTests,
        registerCheckWorkspace(client),
        registerRunScenario(scenarioTests),
        registerShowTimeline(client),
        registerSimulateScenario(client),
        registerRunCohort(client),
        registerShowCoverage(client, workspaceChanges.event)
    );
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('out/language/main.cjs');
    // When the extension host is itself being debugged (F5), the client picks `debug`: the server
    // then listens on port 6009 for the "Attach to Language Server" launch configuration.
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    // Langium's server also registers a watcher of its own; it merges duplicate events per file.
    // It asks for the `riskpolicy` settings itself (workspace/configuration) and is told of changes.
    const watcher = workspace.createFileSystemWatcher('**/*.riskpolicy');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        // Files on disk and new unsaved ones; not the read-only copies of diffs and history (`git:`),
        // which would otherwise join the workspace as second copies of its policies and scenarios.
        documentSelector: [{ scheme: 'file', language: 'riskpolicy' }, { scheme: 'untitled', language: 'riskpolicy' }],
        synchronize: { fileEvents: watcher }
    };
    return new LanguageClient('riskpolicy', 'RiskPolicy', serverOptions, clientOptions);
}
