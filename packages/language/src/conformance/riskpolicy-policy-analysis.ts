import type { LangiumDocument } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { ConformanceResult, PolicyFinding, PolicyIr, StandardIr } from '@riskpolicy/engine';
import { checkConformance, checkConsistency } from '@riskpolicy/engine';
import type { Policy, Standard } from '../generated/ast.js';
import { isPolicy, isStandard } from '../generated/ast.js';
import { lowerPolicy, lowerStandard } from '../lowering/lower-document.js';
import { StandardPacks } from './standard-packs.js';
import type { RiskPolicyServices } from '../riskpolicy-module.js';
import type { RiskPolicyCheckSettings } from '../riskpolicy-check-settings.js';

/** A policy's whole-policy analysis: its IR, the standards it was compared with, and every finding. */
export interface PolicyAnalysis {
    policy: PolicyIr;
    standards: StandardIr[];
    conformance: ConformanceResult;
    consistency: PolicyFinding[];
}

/** Source ranges in analyses name documents by URI, so findings can point into any of them. */
const byUri = (node: import('langium').AstNode) => AstUtils.getDocument(node).uri.toString();

/**
 * Runs conformance and consistency on a policy, once per workspace state: the language server's
 * diagnostics, hovers and code actions, and the CLI, all read the same result.
 */
export class RiskPolicyPolicyAnalysis {
    private readonly cache: WorkspaceCache<string, PolicyAnalysis | undefined>;
    private readonly standardCache: WorkspaceCache<string, StandardIr>;
    private readonly settings: RiskPolicyCheckSettings;
    private readonly packs: StandardPacks;

    constructor(services: RiskPolicyServices) {
        this.cache = new WorkspaceCache(services.shared);
        this.standardCache = new WorkspaceCache(services.shared);
        this.settings = services.shared.workspace.CheckSettings;
        this.packs = new StandardPacks(services.shared);
        this.settings.onDidChange(() => this.cache.clear());
    }

    /** Names in the standard-packs setting that no standard in the workspace or the bundled packs carries. */
    unknownPacks(): string[] {
        return this.settings.settings.standardPacks.filter(name => !this.packs.find(name));
    }

    /** Every standard pack's name, in name order, for messages about a pack that is not there. */
    knownPacks(): string[] {
        return this.packs.names();
    }

    /** Undefined for documents that are not policies, or that do not parse. */
    analyse(document: LangiumDocument): PolicyAnalysis | undefined {
        return this.cache.get(document.uri.toString(), () => this.compute(document));
    }

    private compute(document: LangiumDocument): PolicyAnalysis | undefined {
        const root = document.parseResult.value;
        if (!isPolicy(root) || document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0) {
            return undefined;
        }
        const policy = lowerPolicy(root, byUri, this.settings.settings.calendarRegion);
        const standards = this.standardsOf(root).map(standard => this.lowered(standard));
        const alsoHeldTo = this.settings.settings.standardPacks;
        return {
            policy,
            standards,
            conformance: checkConformance(policy, standards, { alsoHeldTo }),
            consistency: checkConsistency(policy, { standards })
        };
    }

    /**
     * Standards the policy conforms to, those whose requirements it implements, the packs the user
     * checks every policy against, and the successors of all of these.
     */
    private standardsOf(policy: Policy): Standard[] {
        const found = new Set<Standard>();
        const add = (standard: Standard | undefined) => {
            if (standard && !found.has(standard)) {
                found.add(standard);
                standard.headers.forEach(header => header.$type === 'StatusHeader' && add(header.successor.ref));
            }
        };
        policy.headers.forEach(header => header.$type === 'ConformsHeader' && header.standards.forEach(reference => add(reference.ref)));
        this.settings.settings.standardPacks.forEach(name => add(this.packs.find(name)));
        for (const node of AstUtils.streamAllContents(policy)) {
            if (node.$type === 'Rule') {
                (node as import('../generated/ast.js').Rule).implements.forEach(reference => {
                    const container = reference.ref?.$container;
                    add(isStandard(container) ? container : undefined);
                });
            }
        }
        return [...found];
    }

    private lowered(standard: Standard): StandardIr {
        const key = AstUtils.getDocument(standard).uri.toString();
        return this.standardCache.get(key, () => lowerStandard(standard, byUri));
    }
}
