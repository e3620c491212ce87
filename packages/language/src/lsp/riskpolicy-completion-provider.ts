import type { AstNode, AstNodeDescription, AstNodeDescriptionProvider, ReferenceInfo, Stream } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils, stream } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, LangiumServices, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import { isConformsHeader, isScale } from '../generated/ast.js';
import { isPreludeUri } from '../riskpolicy-builtins.js';
import { describeType } from '../utils/describe-type.js';
import { scaleNamesBefore } from './completion-scales.js';

const itemKinds: Record<string, CompletionItemKind> = {
    Role: CompletionItemKind.Class, ChairClause: CompletionItemKind.Class, Panel: CompletionItemKind.Struct,
    Scale: CompletionItemKind.Enum, Level: CompletionItemKind.EnumMember, Event: CompletionItemKind.Event,
    Flag: CompletionItemKind.Variable, NamedCondition: CompletionItemKind.Variable, Measure: CompletionItemKind.Variable,
    Rule: CompletionItemKind.Function, EscalationRoute: CompletionItemKind.Method, Requirement: CompletionItemKind.Interface,
    Standard: CompletionItemKind.Module, Policy: CompletionItemKind.Module
};

/** Units that take two words, offered whole as well as word by word. */
const twoWordUnits: Record<string, string[]> = { working: ['working days', 'working day'], calendar: ['calendar days', 'calendar day'] };

/**
 * Completion that works on half-written lines:
 * - a name is looked up as the grammar rule that expects it would, even when the parser filed the
 *   words before the cursor under another rule (`by the next meeting of |` offers panels);
 * - levels are those of the scale(s) just named (`RoSH is |`, `impact becomes |`, `SaW assessed |`);
 * - `conforms to |` offers the national packs, not the prelude nor a pack already listed;
 * - `working days` and `calendar days` come whole; items say what kind of name they are.
 */
export class RiskPolicyCompletionProvider extends DefaultCompletionProvider {
    private readonly descriptions: AstNodeDescriptionProvider;

    constructor(services: LangiumServices) {
        super(services);
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
    }

    protected override completionForCrossReference(context: CompletionContext, next: NextFeature<GrammarAST.CrossReference>, acceptor: CompletionAcceptor): void {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const container = context.node && assignment ? this.containerFor(context.node, next, assignment.feature) : undefined;
        if (!container || !assignment) {
            return;
        }
        const refInfo: ReferenceInfo = { reference: { $refText: '', ref: undefined }, container, property: assignment.feature };
        try {
            for (const candidate of this.getReferenceCandidates(refInfo, context)) {
                acceptor(context, this.createReferenceCompletionItem(candidate, refInfo, context));
            }
        } catch {
            // A half-written document can leave no scope to look in: offer nothing rather than fail.
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const type = this.astReflection.getReferenceType(refInfo);
        let candidates: Stream<AstNodeDescription>;
        try {
            // Read once: a scope's elements may come from a one-pass iterator.
            candidates = stream(super.getReferenceCandidates(refInfo, context).toArray());
        } catch {
            candidates = stream([]);
        }
        if (type === 'Level' && candidates.isEmpty()) {
            return this.levelsOfScalesBefore(refInfo, context);
        }
        if (type === 'Standard') {
            const listed = new Set(isConformsHeader(refInfo.container) ? refInfo.container.standards.map(standard => standard.$refText) : []);
            return candidates.filter(candidate => !isPreludeUri(candidate.documentUri) && !listed.has(candidate.name));
        }
        return candidates;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        return {
            ...super.createReferenceCompletionItem(description, refInfo, context),
            kind: itemKinds[description.type] ?? CompletionItemKind.Reference,
            detail: description.type === 'ChairClause' ? 'chair of a panel' : describeType(description.type)
        };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        super.completionForKeyword(context, keyword, acceptor);
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        for (const unit of rule?.name === 'Unit' ? twoWordUnits[keyword.value] ?? [] : []) {
            acceptor(context, { label: unit, kind: CompletionItemKind.Unit, detail: 'unit', sortText: '1' });
        }
    }

    /**
     * The node the reference belongs to: the parsed node if it has the property, else a stand-in of the
     * type whose rule assigns it (its container chain reaching the document, so scoping works).
     */
    private containerFor(node: AstNode, next: NextFeature, property: string): AstNode | undefined {
        if (next.type) {
            return this.standIn(next.type, node, next.property);
        }
        if (this.hasReference(node, property)) {
            return node;
        }
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (rule && !rule.fragment) {
            return this.standIn(GrammarUtils.getRuleTypeName(rule), node, undefined);
        }
        for (let ancestor = node.$container; ancestor; ancestor = ancestor.$container) {
            if (this.hasReference(ancestor, property)) {
                return ancestor;
            }
        }
        return undefined;
    }

    private standIn(type: string, container: AstNode, property: string | undefined): AstNode {
        const node = { $type: type, $container: container, $containerProperty: property } as AstNode;
        AstUtils.assignMandatoryProperties(this.astReflection, node);
        return node;
    }

    private hasReference(node: AstNode, property: string): boolean {
        try {
            this.astReflection.getReferenceType({ container: node, property, reference: { $refText: '', ref: undefined } });
            return true;
        } catch {
            return false;
        }
    }

    /** The levels (and their aliases) of the scales named just before the cursor. */
    private levelsOfScalesBefore(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const tokens = this.lexer.tokenize(context.textDocument.getText().slice(0, context.tokenOffset)).tokens;
        const names = scaleNamesBefore(tokens);
        if (names.length === 0) {
            return stream([]);
        }
        const scaleRef: ReferenceInfo = { reference: { $refText: '', ref: undefined }, container: this.standIn('RatingConstraint', refInfo.container, undefined), property: 'scale' };
        const scope = this.scopeProvider.getScope(scaleRef);
        const scales = names.map(name => scope.getElement(name)?.node).filter(isScale);
        return stream(scales.flatMap(scale => (scale.levels ?? []).flatMap(level => [
            this.descriptions.createDescription(level, level.name),
            ...(level.aliases ?? []).map(alias => this.descriptions.createDescription(level, alias.name))
        ])));
    }
}
