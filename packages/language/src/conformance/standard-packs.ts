import type { AstNodeDescription, LangiumSharedCoreServices } from 'langium';
import { PRELUDE_URI } from '../riskpolicy-builtins.js';
import type { Standard } from '../generated/ast.js';
import { isStandard } from '../generated/ast.js';

/**
 * Finds standard packs by name across the workspace and the bundled packs, as `conforms to` does.
 * The prelude declares the shared vocabulary and holds no requirements, so it is not a pack.
 */
export class StandardPacks {
    constructor(private readonly shared: LangiumSharedCoreServices) {}

    private all(): AstNodeDescription[] {
        return this.shared.workspace.IndexManager.allElements('Standard')
            .filter(element => element.documentUri.toString() !== PRELUDE_URI).toArray();
    }

    find(name: string): Standard | undefined {
        const description = this.all().find(element => element.name === name);
        const node = description?.node
            ?? (description && this.shared.workspace.LangiumDocuments.getDocument(description.documentUri)?.parseResult.value);
        return isStandard(node) ? node : undefined;
    }

    names(): string[] {
        return [...new Set(this.all().map(element => element.name))].sort();
    }
}
