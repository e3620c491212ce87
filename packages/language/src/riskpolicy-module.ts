import type { Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { RiskPolicyGeneratedModule, RiskPolicyGeneratedSharedModule } from './generated/module.js';
import { RiskPolicyValidator, registerValidationChecks } from './validation/riskpolicy-validator.js';
import { RiskPolicyScopeComputation } from './riskpolicy-scope-computation.js';
import { RiskPolicyScopeProvider } from './riskpolicy-scope-provider.js';
import { RiskPolicyLinker } from './riskpolicy-linker.js';
import { RiskPolicyDocumentValidator } from './riskpolicy-document-validator.js';
import { RiskPolicyWorkspaceManager } from './riskpolicy-workspace-manager.js';
import { RiskPolicyBuiltins } from './riskpolicy-builtins.js';
import { RiskPolicyCheckSettings } from './riskpolicy-check-settings.js';
import { RiskPolicyParserErrorMessageProvider } from './riskpolicy-parser-messages.js';
import { RiskPolicyPolicyAnalysis } from './conformance/riskpolicy-policy-analysis.js';
import { RiskPolicyHoverProvider } from './lsp/riskpolicy-hover-provider.js';
import { RiskPolicyCodeActionProvider } from './lsp/riskpolicy-code-actions.js';
import { RiskPolicyCodeLensProvider } from './lsp/riskpolicy-code-lens.js';
import { RiskPolicyDocumentUpdateHandler } from './lsp/riskpolicy-document-update-handler.js';
import { RiskPolicyFormatter } from './lsp/riskpolicy-formatter.js';
import { RiskPolicySemanticTokenProvider } from './lsp/riskpolicy-semantic-tokens.js';
import { RiskPolicyDocumentSymbolProvider } from './lsp/riskpolicy-document-symbols.js';
import { RiskPolicyFoldingRangeProvider } from './lsp/riskpolicy-folding-ranges.js';
import { RiskPolicyRenameProvider } from './lsp/riskpolicy-rename-provider.js';
import { RiskPolicyCompletionProvider } from './lsp/riskpolicy-completion-provider.js';

export type RiskPolicyAddedServices = {
    validation: {
        RiskPolicyValidator: RiskPolicyValidator
    },
    analysis: {
        PolicyAnalysis: RiskPolicyPolicyAnalysis
    }
};


export type RiskPolicySharedAddedServices = {
    workspace: {
        Builtins: RiskPolicyBuiltins,
        CheckSettings: RiskPolicyCheckSettings
    }
};

export type RiskPolicySharedServices = LangiumSharedServices & RiskPolicySharedAddedServices;

export type RiskPolicyServices = LangiumServices & RiskPolicyAddedServices & { readonly shared: RiskPolicySharedServices };

export const RiskPolicyModule: Module<RiskPolicyServices, PartialLangiumServices & RiskPolicyAddedServices> = {
    parser: {
        ParserErrorMessageProvider: () => new RiskPolicyParserErrorMessageProvider()
    },
    references: {
        ScopeComputation: (services) => new RiskPolicyScopeComputation(services),
        ScopeProvider: (services) => new RiskPolicyScopeProvider(services),
        Linker: (services) => new RiskPolicyLinker(services)
    },
    lsp: {
        HoverProvider: (services) => new RiskPolicyHoverProvider(services),
        CodeActionProvider: (services) => new RiskPolicyCodeActionProvider(services),
        CodeLensProvider: (services) => new RiskPolicyCodeLensProvider(services),
        Formatter: () => new RiskPolicyFormatter(),
        SemanticTokenProvider: (services) => new RiskPolicySemanticTokenProvider(services),
        DocumentSymbolProvider: () => new RiskPolicyDocumentSymbolProvider(),
        FoldingRangeProvider: () => new RiskPolicyFoldingRangeProvider(),
        RenameProvider: (services) => new RiskPolicyRenameProvider(services),
        CompletionProvider: (services) => new RiskPolicyCompletionProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new RiskPolicyDocumentValidator(services),
        RiskPolicyValidator: () => new RiskPolicyValidator()
    },
    analysis: {
        PolicyAnalysis: (services) => new RiskPolicyPolicyAnalysis(services)
    }
};

export const RiskPolicySharedModule: Module<RiskPolicySharedServices, PartialLangiumSharedServices & RiskPolicySharedAddedServices> = {
    lsp: {
        DocumentUpdateHandler: (services) => new RiskPolicyDocumentUpdateHandler(services)
    },
    workspace: {
        WorkspaceManager: (services) => new RiskPolicyWorkspaceManager(services),
        Builtins: (services) => new RiskPolicyBuiltins(services),
        CheckSettings: () => new RiskPolicyCheckSettings()
    }
};

/**
 * Creates the shared and language services. The bundled prelude and standard packs are added to the
 * workspace by `shared.workspace.Builtins` (the language server does it on start-up; the CLI and tests
 * call `Builtins.load()`).
 */
export function createRiskPolicyServices(context: DefaultSharedModuleContext): {
    shared: RiskPolicySharedServices,
    RiskPolicy: RiskPolicyServices
} {
    const shared = inject(
        createDefaultSharedModule(context),
        RiskPolicyGeneratedSharedModule,
        RiskPolicySharedModule
    );
    const RiskPolicy = inject(
        createDefaultModule({ shared }),
        RiskPolicyGeneratedModule,
        RiskPolicyModule
    );
    shared.ServiceRegistry.register(RiskPolicy);
    registerValidationChecks(RiskPolicy);
    // As the author types, run the whole-policy checks too: they are cached per workspace state and
    // take milliseconds for a real policy (see `npm run bench`).
    shared.workspace.DocumentBuilder.updateBuildOptions = { validation: { categories: ['built-in', 'fast', 'slow'] } };
    if (!context.connection) {
        // No language client to ask: use the default configuration.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, RiskPolicy };
}
