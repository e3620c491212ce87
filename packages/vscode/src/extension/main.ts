import type * as vscode from 'vscode';
import { workspace } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

// The RiskPolicy extension: starts the bundled language server (out/language/main.cjs) and
// connects VS Code to it. Commands go in ./commands/ and webviews in ./webviews/ as they arrive.

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createLanguageClient(context);
    await client.start();
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
    const watcher = workspace.createFileSystemWatcher('**/*.riskpolicy');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'riskpolicy' }],
        synchronize: { fileEvents: watcher }
    };
    return new LanguageClient('riskpolicy', 'RiskPolicy', serverOptions, clientOptions);
}
