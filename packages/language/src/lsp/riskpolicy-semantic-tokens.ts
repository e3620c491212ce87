import type { AstNode, AstReflection, CstNode, LeafCstNode, Reference } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isReference } from 'langium';
import type { LangiumServices, SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isAgeCondition, isAlias, isChairClause } from '../generated/ast.js';
import { isBuiltinUri } from '../riskpolicy-builtins.js';

/**
 * The token type of each kind of declaration, used where it is declared (with the `declaration`
 * modifier) and wherever it is referred to (with `defaultLibrary` when it comes from the prelude or a
 * national pack). Standard LSP types, so every theme colours them.
 */
export const DeclarationTokenTypes: Readonly<Record<string, string>> = {
    Role: SemanticTokenTypes.class,
    ChairClause: SemanticTokenTypes.class, // `RRP.chair` acts as a role
    Panel: SemanticTokenTypes.struct,
    Scale: SemanticTokenTypes.type,
    Level: SemanticTokenTypes.enumMember,
    Event: SemanticTokenTypes.event,
    Flag: SemanticTokenTypes.variable,
    NamedCondition: SemanticTokenTypes.variable,
    Measure: SemanticTokenTypes.variable,
    Rule: SemanticTokenTypes.function,
    Advisory: SemanticTokenTypes.function,
    EscalationRoute: SemanticTokenTypes.method,
    Requirement: SemanticTokenTypes.property,
    Policy: SemanticTokenTypes.namespace,
    Standard: SemanticTokenTypes.namespace
};

const unitKeywordsOfAge = new Set(['year', 'years', 'month', 'months']);

/**
 * Semantic tokens: declarations and references by kind (see {@link DeclarationTokenTypes}); numbers,
 * dates and times as `number`; units (`24 hours`, `5 working days`, `aged 17 years`) as `keyword`;
 * citations (`[003:64]`) as `string` with the `documentation` modifier. Keywords, strings and comments
 * are left to the TextMate grammar.
 */
export class RiskPolicySemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly reflection: AstReflection;

    constructor(services: LangiumServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (!node.$container) {
            this.highlightLexical(node, acceptor);
        }
        this.highlightDeclaration(node, acceptor);
        for (const { reference, property } of AstUtils.streamReferences(node)) {
            if (isReference(reference)) {
                this.highlightReference(node, property, reference, acceptor);
            }
        }
    }

    private highlightDeclaration(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const owner = isAlias(node) ? node.$container : node;
        const type = owner ? DeclarationTokenTypes[owner.$type] : undefined;
        const nameNode = type ? GrammarUtils.findNodeForProperty(node.$cstNode, 'name') : undefined;
        if (type && nameNode && !isChairClause(node)) {
            this.accept(acceptor, nameNode, type, [SemanticTokenModifiers.declaration]);
        }
    }

    private highlightReference(node: AstNode, property: string, reference: Reference, acceptor: SemanticTokenAcceptor): void {
        const refNode = reference.$refNode;
        if (!refNode) {
            return;
        }
        const target = resolved(reference);
        const modifiers = target && isBuiltinUri(AstUtils.getDocument(target).uri) ? [SemanticTokenModifiers.defaultLibrary] : [];
        const typeName = target?.$type ?? this.reflection.getReferenceType({ container: node, property, reference });
        if (isChairClause(target) || refNode.text.endsWith('.chair')) {
            // `RRP.chair`: the panel, then its chair.
            const leaves = this.leaves(refNode);
            this.accept(acceptor, leaves[0], SemanticTokenTypes.struct, modifiers);
            this.accept(acceptor, leaves[leaves.length - 1], SemanticTokenTypes.class, modifiers);
            return;
        }
        const type = DeclarationTokenTypes[typeName];
        if (type) {
            this.accept(acceptor, refNode, type, modifiers);
        }
    }

    /** Numbers, dates, times, units and citations, in one pass over the document's tokens. */
    private highlightLexical(root: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (!root.$cstNode) {
            return;
        }
        for (const leaf of CstUtils.flattenCst(root.$cstNode)) {
            const token = leaf.hidden ? undefined : leaf.tokenType.name;
            if (token === 'INT' || token === 'DATE' || token === 'TIME') {
                this.accept(acceptor, leaf, SemanticTokenTypes.number, []);
            } else if (token === 'CITATION') {
                this.accept(acceptor, leaf, SemanticTokenTypes.string, [SemanticTokenModifiers.documentation]);
            } else if (isUnit(leaf)) {
                this.accept(acceptor, leaf, SemanticTokenTypes.keyword, []);
            }
        }
    }

    /** One token for a name on one line (`serious-incidents-2022.notify-yjb`), else one a word. */
    private accept(acceptor: SemanticTokenAcceptor, cst: CstNode | undefined, type: string, modifier: string[]): void {
        if (!cst) {
            return;
        }
        const parts = cst.range.start.line === cst.range.end.line ? [cst] : this.leaves(cst);
        for (const part of parts) {
            acceptor({ cst: part, type, modifier });
        }
    }

    private leaves(cst: CstNode): LeafCstNode[] {
        return CstUtils.flattenCst(cst).filter(leaf => !leaf.hidden).toArray();
    }
}

/** The target of a reference, or undefined if it does not resolve (broken text must never throw). */
function resolved(reference: Reference): AstNode | undefined {
    try {
        return reference.ref;
    } catch {
        return undefined;
    }
}

function isUnit(leaf: LeafCstNode): boolean {
    const source = leaf.container?.grammarSource;
    if (GrammarAST.isRuleCall(source) && source.rule.ref?.name === 'Unit') {
        return true;
    }
    return GrammarAST.isKeyword(leaf.grammarSource) && isAgeCondition(leaf.astNode) && unitKeywordsOfAge.has(leaf.text);
}
