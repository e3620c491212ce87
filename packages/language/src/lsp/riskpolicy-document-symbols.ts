import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type { Declaration, Document, Scale, Section } from '../generated/ast.js';
import { isDeclaration, isPolicy, isScale, isScenarioSet, isSection, isStandard } from '../generated/ast.js';
import { aliasesOf } from '../riskpolicy-scope-computation.js';

/** The outline kind of each declaration. */
const DeclarationSymbolKinds: Readonly<Record<Declaration['$type'], SymbolKind>> = {
    Role: SymbolKind.Class,
    Panel: SymbolKind.Struct,
    Scale: SymbolKind.Enum,
    Event: SymbolKind.Event,
    Flag: SymbolKind.Boolean,
    NamedCondition: SymbolKind.Boolean,
    Measure: SymbolKind.Number,
    Rule: SymbolKind.Function,
    Requirement: SymbolKind.Interface, // what local rules `implements`
    Advisory: SymbolKind.Object,
    EscalationRoute: SymbolKind.Method
};

const unquote = (text: string | undefined) => text?.replace(/^"|"$/g, '');

/**
 * The outline: the document (policy, standard or scenarios), then its sections, each holding its
 * declarations, and the declarations outside sections; a scale holds its levels; a scenarios file
 * holds its cases. Each symbol's detail is its title (and its `also called` names).
 */
export class RiskPolicyDocumentSymbolProvider implements DocumentSymbolProvider {

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value as Document;
        const symbol = this.documentSymbol(root);
        return symbol ? [symbol] : [];
    }

    private documentSymbol(root: Document): DocumentSymbol | undefined {
        if (isScenarioSet(root)) {
            const cases = root.scenarios.map(scenario => this.symbol(scenario, unquote(scenario.name), SymbolKind.Method, '', 'name'));
            return this.symbol(root, `scenarios for ${root.policy?.$refText ?? ''}`.trim(), SymbolKind.Module, '', 'policy', cases);
        }
        if (isPolicy(root) || isStandard(root)) {
            const children = root.members.map(member => isSection(member) ? this.sectionSymbol(member) : this.declarationSymbol(member));
            return this.symbol(root, root.name, isPolicy(root) ? SymbolKind.Module : SymbolKind.Package, unquote(root.title), 'name', children);
        }
        return undefined;
    }

    private sectionSymbol(section: Section): DocumentSymbol | undefined {
        const children = section.members.map(member => this.declarationSymbol(member));
        return this.symbol(section, unquote(section.title) || 'section', SymbolKind.Namespace, section.citations.join(' '), 'title', children);
    }

    private declarationSymbol(declaration: Declaration): DocumentSymbol | undefined {
        if (!isDeclaration(declaration)) {
            return undefined;
        }
        const aliases = aliasesOf(declaration);
        const detail = [unquote(declaration.title), aliases.length ? `also called ${aliases.join(', ')}` : undefined].filter(Boolean).join(' · ');
        const children = isScale(declaration) ? this.levelSymbols(declaration) : undefined;
        return this.symbol(declaration, declaration.name, DeclarationSymbolKinds[declaration.$type], detail, 'name', children);
    }

    private levelSymbols(scale: Scale): Array<DocumentSymbol | undefined> {
        return scale.levels.map(level => {
            const aliases = aliasesOf(level);
            const detail = [unquote(level.title), aliases.length ? `also called ${aliases.join(', ')}` : undefined].filter(Boolean).join(' · ');
            return this.symbol(level, level.name, SymbolKind.EnumMember, detail, 'name');
        });
    }

    /** A symbol, or none for a node broken text left without a name or a place in the text. */
    private symbol(node: AstNode, name: string | undefined, kind: SymbolKind, detail: string | undefined, nameProperty: string,
        children?: Array<DocumentSymbol | undefined>): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst || !name) {
            return undefined;
        }
        const nameNode: CstNode = GrammarUtils.findNodeForProperty(cst, nameProperty) ?? cst;
        const symbols = (children ?? []).filter((child): child is DocumentSymbol => !!child);
        return {
            name, kind, detail: detail || undefined, range: cst.range, selectionRange: nameNode.range,
            children: symbols.length ? symbols : undefined
        };
    }
}
