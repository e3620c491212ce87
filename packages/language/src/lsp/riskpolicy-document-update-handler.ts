import type { FileSystemProvider, LangiumSharedCoreServices } from 'langium';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocument, TextDocumentChangeEvent } from 'vscode-languageserver';
import { isBuiltinUri } from '../riskpolicy-builtins.js';

/**
 * When an editor closes a file, its unsaved text is forgotten: the file is read again from disk, or,
 * when there is no file (a new unsaved document, a file deleted meanwhile), it leaves the workspace
 * and its findings are withdrawn. Without this the server would go on checking text nobody saved.
 */
export class RiskPolicyDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices & LangiumSharedCoreServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (isBuiltinUri(uri)) {
            return;
        }
        void this.onDisk(uri).then(exists => exists ? this.fireDocumentUpdate([uri], []) : this.fireDocumentUpdate([], [uri]));
    }

    private async onDisk(uri: URI): Promise<boolean> {
        try {
            return uri.scheme === 'file' && await this.fileSystem.exists(uri);
        } catch {
            return false;
        }
    }
}
