import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { URI } from 'langium';
import { bundledPacks } from '@riskpolicy/standards';

/** URI scheme of the documents that ship with RiskPolicy (the prelude and the national packs). */
export const BUILTIN_SCHEME = 'riskpolicy-builtin';
export const PRELUDE_URI = URI.parse(`${BUILTIN_SCHEME}:///packs/prelude.riskpolicy`).toString();

export function isBuiltinUri(uri: URI | string): boolean {
    return (typeof uri === 'string' ? URI.parse(uri) : uri).scheme === BUILTIN_SCHEME;
}

export function isPreludeUri(uri: URI | string): boolean {
    return uri.toString() === PRELUDE_URI;
}

/** Adds the bundled prelude and standard packs to the workspace, once. */
export class RiskPolicyBuiltins {
    private readonly shared: LangiumSharedCoreServices;
    private loaded: LangiumDocument[] | undefined;

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
    }

    /** Creates the builtin documents (not yet built) and registers them with the workspace. */
    createDocuments(): LangiumDocument[] {
        if (!this.loaded) {
            const factory = this.shared.workspace.LangiumDocumentFactory;
            const documents = this.shared.workspace.LangiumDocuments;
            this.loaded = bundledPacks().map(pack => {
                const uri = URI.parse(`${BUILTIN_SCHEME}:///packs/${pack.fileName}`);
                const document = documents.hasDocument(uri)
                    ? documents.getDocument(uri)!
                    : factory.fromString(pack.text, uri);
                if (!documents.hasDocument(uri)) {
                    documents.addDocument(document);
                }
                return document;
            });
        }
        return this.loaded;
    }

    /** Creates and builds the builtin documents so that policies can link against them. */
    async load(): Promise<LangiumDocument[]> {
        const documents = this.createDocuments();
        await this.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return documents;
    }
}
