import type { Connection } from 'vscode-languageserver';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import { isBuiltinUri } from '@riskpolicy/language';
import type { RiskPolicySharedServices } from '@riskpolicy/language';
import { WorkspaceChanged } from '../shared/protocol.js';
import { settled } from './workspace-documents.js';

/**
 * Tells the client when the workspace's files have changed and the server has taken the change in,
 * so that the Testing view lists the scenarios as they now are and the rule lenses count them again.
 * Changes that arrive while one notice is pending are told together.
 */
export function notifyWorkspaceChanges(connection: Connection, shared: RiskPolicySharedServices): void {
    let lensRefresh = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        lensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    });
    // idle: nothing to tell; waiting: a notice will go once the server has settled; again: a further
    // change came while waiting, so wait for that one too before telling.
    let state: 'idle' | 'waiting' | 'again' = 'idle';
    const changedMeanwhile = () => state === 'again';
    const tell = async () => {
        do {
            state = 'waiting';
            await settled(shared);
        } while (changedMeanwhile());
        state = 'idle';
        await connection.sendNotification(WorkspaceChanged);
        if (lensRefresh) await connection.sendRequest(CodeLensRefreshRequest.type);
    };
    shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => {
        if (![...changed, ...deleted].some(uri => !isBuiltinUri(uri))) return;
        if (state !== 'idle') {
            state = 'again';
            return;
        }
        tell().catch(() => { state = 'idle'; });
    });
}
