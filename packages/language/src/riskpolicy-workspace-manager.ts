import type { Cancellation, LangiumDocument, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager } from 'langium';
import type { RiskPolicySharedServices } from './riskpolicy-module.js';
import type { RiskPolicyBuiltins } from './riskpolicy-builtins.js';
import type { RiskPolicyCheckSettings } from './riskpolicy-check-settings.js';

/** Loads the prelude and the national standard packs alongside the workspace's own files. */
export class RiskPolicyWorkspaceManager extends DefaultWorkspaceManager {
    private readonly builtins: () => RiskPolicyBuiltins;
    private readonly checkSettings: () => RiskPolicyCheckSettings;

    constructor(services: RiskPolicySharedServices) {
        super(services);
        this.builtins = () => services.workspace.Builtins;
        this.checkSettings = () => services.workspace.CheckSettings;
    }

    /** The first build waits for the editor's settings, so its findings are not replaced a moment later. */
    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        await this.checkSettings().loaded;
        return super.initializeWorkspace(folders, cancelToken);
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
