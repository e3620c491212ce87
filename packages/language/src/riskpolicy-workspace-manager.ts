import type { LangiumDocument, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager } from 'langium';
import type { RiskPolicySharedServices } from './riskpolicy-module.js';
import type { RiskPolicyBuiltins } from './riskpolicy-builtins.js';

/** Loads the prelude and the national standard packs alongside the workspace's own files. */
export class RiskPolicyWorkspaceManager extends DefaultWorkspaceManager {
    private readonly builtins: () => RiskPolicyBuiltins;

    constructor(services: RiskPolicySharedServices) {
        super(services);
        this.builtins = () => services.workspace.Builtins;
    }

    protected override async loadAdditionalDocuments(
        folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        for (const document of this.builtins().createDocuments()) {
            collector(document);
        }
    }
}
