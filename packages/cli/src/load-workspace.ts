import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createRiskPolicyServices, isBuiltinUri } from '@riskpolicy/language';
import type { RiskPolicyServices } from '@riskpolicy/language';
import type { InputFile } from './collect-files.js';
import { readText } from './read-text.js';

export interface LoadedFile {
    file: InputFile;
    document: LangiumDocument;
}

export interface LoadedWorkspace {
    services: RiskPolicyServices;
    files: LoadedFile[];
    /** How to name any document's URI in messages: the user's own path, or the bundled pack's name. */
    displayName(uri: string): string;
}

/** Parses, links and validates the given files together with the bundled prelude and standard packs. */
export async function loadWorkspace(inputs: InputFile[]): Promise<LoadedWorkspace> {
    const texts = inputs.map(file => ({ file, text: readText(file) }));
    const { shared, RiskPolicy } = createRiskPolicyServices(NodeFileSystem);
    const builtins = await shared.workspace.Builtins.load();
    const factory = shared.workspace.LangiumDocumentFactory;
    const files = texts.map(({ file, text }) => {
        const document = factory.fromString(text, URI.file(file.absolute));
        shared.workspace.LangiumDocuments.addDocument(document);
        return { file, document };
    });
    await shared.workspace.DocumentBuilder.build(files.map(loaded => loaded.document), { validation: true });
    const names = new Map(files.map(loaded => [loaded.document.uri.toString(), loaded.file.display]));
    builtins.forEach(document => names.set(document.uri.toString(), `(bundled) ${document.uri.path.replace(/^\//, '')}`));
    return {
        services: RiskPolicy,
        files,
        displayName: uri => names.get(uri) ?? (isBuiltinUri(uri) ? uri : URI.parse(uri).fsPath)
    };
}
