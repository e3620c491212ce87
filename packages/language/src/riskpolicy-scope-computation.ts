import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, Cancellation, DefaultScopeComputation, MultiMap, interruptAndCheck } from 'langium';
import type { LangiumCoreServices } from 'langium';
import { isAlias, isChairClause, isLevel, isPanel, isRequirement, isStandard, isPolicy, isDeclaration } from './generated/ast.js';

/**
 * What a document makes visible.
 * - Every document exports its own name (policies for scenarios, standards for `conforms to`).
 * - A standard exports its requirements as `<standard>.<requirement>`.
 * - Standards (the prelude and the national packs) export their vocabulary (roles, events, scales…),
 *   with aliases, so a policy can use national terms; a policy's own declaration of a name wins.
 * - Inside a document, every declaration (and each of its aliases) is visible everywhere,
 *   whatever section it was written in. Levels are scoped by their scale (see the scope provider).
 */
export class RiskPolicyScopeComputation extends DefaultScopeComputation {

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const exports: AstNodeDescription[] = [];
        this.addExportedSymbol(root, exports, document);
        if (isStandard(root)) {
            for (const node of AstUtils.streamAllContents(root)) {
                await interruptAndCheck(cancelToken);
                if (isRequirement(node)) {
                    exports.push(this.descriptions.createDescription(node, `${root.name}.${node.name}`, document));
                } else if (isDeclaration(node)) {
                    this.describeWithAliases(node, document, description => exports.push(description));
                }
            }
        }
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        if (!isPolicy(root) && !isStandard(root)) {
            return symbols;
        }
        for (const node of AstUtils.streamAllContents(root)) {
            await interruptAndCheck(cancelToken);
            if (isDeclaration(node)) {
                this.describeWithAliases(node, document, description => symbols.add(root, description));
            }
        }
        return symbols;
    }

    private describeWithAliases(node: AstNode, document: LangiumDocument, accept: (description: AstNodeDescription) => void): void {
        if (isAlias(node) || isLevel(node)) {
            return;
        }
        const name = this.nameProvider.getName(node);
        if (!name) {
            return;
        }
        accept(this.descriptions.createDescription(node, name, document));
        for (const alias of aliasesOf(node)) {
            accept(this.descriptions.createDescription(node, alias, document));
        }
        const chair = isPanel(node) ? node.clauses.find(isChairClause) : undefined;
        if (chair) {
            // A panel's chair can act and sign as a party: `RRP.chair`.
            for (const panelName of [name, ...aliasesOf(node)]) {
                accept(this.descriptions.createDescription(chair, `${panelName}.chair`, document));
            }
        }
    }
}

/** The `also called` names of a declaration, if it has any. */
export function aliasesOf(node: AstNode): string[] {
    const aliases = (node as { aliases?: Array<{ name?: string }> }).aliases;
    return Array.isArray(aliases) ? aliases.map(alias => alias.name).filter((name): name is string => !!name) : [];
}
