import { EventEmitter } from 'vscode';
import type { Disposable, Event } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceChanged } from '../shared/protocol.js';

/**
 * The server's `riskpolicy/workspaceChanged` notice as one event many listeners can share (the
 * client keeps a single handler per notification).
 */
export class WorkspaceChanges implements Disposable {
    private readonly emitter = new EventEmitter<void>();
    private readonly registration: Disposable;

    constructor(client: LanguageClient) {
        this.registration = client.onNotification(WorkspaceChanged, () => this.emitter.fire());
    }

    get event(): Event<void> {
        return this.emitter.event;
    }

    dispose(): void {
        this.registration.dispose();
        this.emitter.dispose();
    }
}
