import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createRiskPolicyServices, isBuiltinUri } from '@riskpolicy/language';
import type { CheckSettings, RiskPolicyServices } from '@riskpolicy/language';
import type { InputFile } from './collect-files.js';
import { readText } from './read-text.js';
import { contextFiles } from './context-files.js';
import { UsageError } from './usage-error.js';

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

/**
 * Parses, links and validates the given files together with the bundled prelude and standard packs,
 * under the user's check settings (calendar region, extra standard packs).
 */
export async function loadWorkspace(inputs: InputFile[], settings: Partial<CheckSettings> = {}): Promise<LoadedWorkspace> {
    const texts = inputs.map(file => ({ file, text: readText(file) }));
    const { shared, RiskPolicy } = createRiskPolicyServices(NodeFileSystem);
    shared.workspace.CheckSettings.update(settings);
    const builtins = await shared.workspace.Builtins.load();
    const factory = shared.workspace.LangiumDocumentFactory;
    const files = texts.map(({ file, text }) => {
        const document = factory.fromString(text, URI.file(file.absolute));
        shared.workspace.LangiumDocuments.addDocument(document);
        return { file, document };
    });
    const context = contextFiles(inputs).flatMap(path => {
        const text = readContextText(path);
        if (text === undefined) {
            return [];
        }
        const document = factory.fromString(text, URI.file(path));
        shared.workspace.LangiumDocuments.addDocument(document);
        return [document];
    });
    await shared.workspace.DocumentBuilder.build([...files.map(loaded => loaded.document), ...context], { validation: true });
    refuseUnknownPacks(RiskPolicy);
    const names = new Map(files.map(loaded => [loaded.document.uri.toString(), loaded.file.display]));
    builtins.forEach(document => names.set(document.uri.toString(), `(bundled) ${document.uri.path.replace(/^\//, '')}`));
    return {
        services: RiskPolicy,
        files,
        displayName: uri => names.get(uri) ?? (isBuiltinUri(uri) ? uri : URI.parse(uri).fsPath)
    };
}

function refuseUnknownPacks(services: RiskPolicyServices): void {
    const analysis = services.analysis.PolicyAnalysis;
    const unknown = analysis.unknownPacks();
    if (unknown.length > 0) {
        const names = unknown.map(name => `'${name}'`).join(', ');
        throw new UsageError(`--standards: no standard pack named ${names}; the packs are ${analysis.knownPacks().join(', ')}.`);
    }
}

/** A neighbouring file's text, or undefined when it cannot serve as context (unreadable, empty, binary). */
function readContextText(path: string): string | undefined {
    try {
        return readText({ absolute: path, display: path });
    } catch (error) {
        if (error instanceof UsageError) {
            return undefined;
        }
        throw error;
    }
}
