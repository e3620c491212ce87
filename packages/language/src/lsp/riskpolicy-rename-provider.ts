import type { AstNode, IndexManager, LangiumDocument, LangiumDocuments, Lexer, Reference, References, URI } from 'langium';
import { AstUtils, CstUtils, GrammarUtils, isReference } from 'langium';
import type { LangiumServices, RenameProvider } from 'langium/lsp';
import type { PrepareRenameParams, Range, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { isAlias, isChairClause, isDeclaration, isLevel, isPanel, isPolicy, isRequirement, isStandard } from '../generated/ast.js';
import { isBuiltinUri } from '../riskpolicy-builtins.js';
import { nameTakenBy } from './rename-conflicts.js';

/** What is being renamed: a declaration, and the name it is written with at the cursor (its own or an alias). */
interface RenameTarget {
    node: AstNode;
    written: string;
    range: Range;
}

/**
 * Renames a role, panel, scale, level, event, flag, rule… or one of its `also called` names, in every
 * document of the workspace (a scenarios file follows its policy). References written with an alias
 * point to the same declaration as those written with its name, so only the occurrences written the
 * way the cursor's occurrence is written change: renaming `CH` renames the alias and the references
 * written `CH`, renaming `case-holder` leaves them alone. `MARP.chair` follows the panel's name;
 * `pack.requirement` changes only the part renamed. Names from the prelude and the national packs
 * cannot be renamed, and a new name already in use is refused rather than merging two things.
 */
export class RiskPolicyRenameProvider implements RenameProvider {
    private readonly references: References;
    private readonly documents: LangiumDocuments;
    private readonly index: IndexManager;
    private readonly lexer: Lexer;
    private readonly nameRegexp: RegExp;

    constructor(services: LangiumServices) {
        this.references = services.references.References;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.index = services.shared.workspace.IndexManager;
        this.lexer = services.parser.Lexer;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
    }

    prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const target = this.targetAt(document, params.position);
        if (target) {
            this.checkEditable(target);
        }
        return target?.range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const target = this.targetAt(document, params.position);
        if (!target) {
            return undefined;
        }
        this.checkEditable(target);
        const lexed = this.lexer.tokenize(params.newName);
        if (lexed.errors.length > 0 || lexed.tokens.length !== 1 || lexed.tokens[0].tokenType.name !== 'ID') {
            throw new ResponseError(ErrorCodes.InvalidParams, `'${params.newName}' cannot be a name: a name is one word (letters, digits, hyphens) that is not a word of the language.`);
        }
        if (params.newName === target.written) {
            return { changes: {} };
        }
        const taken = nameTakenBy(target.node, target.written, params.newName, this.index);
        if (taken) {
            throw new ResponseError(ErrorCodes.InvalidParams, `'${params.newName}' is already the name of ${taken}. Choose a name that is not in use.`);
        }
        const changes: Record<string, TextEdit[]> = {};
        for (const { uri, range } of this.occurrences(target)) {
            const edits = changes[uri] ??= [];
            if (!edits.some(edit => edit.range.start.line === range.start.line && edit.range.start.character === range.start.character)) {
                edits.push({ range, newText: params.newName });
            }
        }
        return { changes };
    }

    private checkEditable(target: RenameTarget): void {
        if (isBuiltinUri(AstUtils.getDocument(target.node).uri)) {
            throw new ResponseError(ErrorCodes.InvalidRequest, `'${target.written}' comes from the prelude or a national pack and cannot be renamed. Declare a local name instead.`);
        }
    }

    /** The declaration named at `position`, by its name, one of its aliases, or a reference. */
    private targetAt(document: LangiumDocument, position: { line: number, character: number }): RenameTarget | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.nameRegexp);
        const node = leaf?.astNode;
        if (!leaf || !node) {
            return undefined;
        }
        const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        if (nameNode && nameNode.offset <= leaf.offset && leaf.end <= nameNode.end) {
            const owner = isAlias(node) ? node.$container : node;
            return owner && isRenamable(owner) ? { node: owner, written: leaf.text, range: leaf.range } : undefined;
        }
        const reference = AstUtils.streamReferences(node).map(info => info.reference)
            .find((ref): ref is Reference => isReference(ref) && !!ref.$refNode && ref.$refNode.offset <= leaf.offset && leaf.end <= ref.$refNode.end);
        const referenced = reference?.ref;
        if (!referenced || leaf.tokenType.name !== 'ID') {
            return undefined; // unresolved, or the `.chair` of `MARP.chair`
        }
        const parts = reference.$refText.split('.');
        if (isChairClause(referenced) && referenced.$container) {
            return { node: referenced.$container, written: leaf.text, range: leaf.range };
        }
        if (isRequirement(referenced) && parts.length > 1 && leaf.text === parts[0]) {
            return { node: AstUtils.findRootNode(referenced), written: leaf.text, range: leaf.range };
        }
        return isRenamable(referenced) ? { node: referenced, written: leaf.text, range: leaf.range } : undefined;
    }

    /** Where the target is written the way it is written at the cursor: its declaration and its references. */
    private occurrences(target: RenameTarget): Array<{ uri: string, range: Range }> {
        const result: Array<{ uri: string, range: Range }> = [];
        const declaring = [target.node, ...((target.node as { aliases?: AstNode[] }).aliases ?? [])];
        for (const node of declaring) {
            const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
            if (nameNode?.text === target.written) {
                result.push({ uri: AstUtils.getDocument(node).uri.toString(), range: nameNode.range });
            }
        }
        // A panel's chair is referred to as `PANEL.chair`; a standard's requirements as `STANDARD.requirement`.
        const referenced = [target.node, ...(isPanel(target.node) ? target.node.clauses.filter(isChairClause) : []),
            ...(isStandard(target.node) ? AstUtils.streamAllContents(target.node).filter(isRequirement).toArray() : [])];
        for (const node of referenced) {
            // A requirement's own name is the last part of `pack.requirement`; anything else is the first part.
            const part = isRequirement(node) && !isStandard(target.node) ? 'last' : 'first';
            for (const description of this.references.findReferences(node, { includeDeclaration: false })) {
                const range = this.writtenPart(description.sourceUri, description.segment.offset, description.segment.end, target.written, part);
                if (range) {
                    result.push({ uri: description.sourceUri.toString(), range });
                }
            }
        }
        return result;
    }

    /** The range of the word `written` in a reference (`X`, `X.chair`, `pack.X`), if it is written that way there. */
    private writtenPart(uri: URI, offset: number, end: number, written: string, part: 'first' | 'last'): Range | undefined {
        const document = this.documents.hasDocument(uri) ? this.documents.getDocument(uri) : undefined;
        if (!document) {
            return undefined;
        }
        const words = [...document.textDocument.getText().slice(offset, end).matchAll(/[^\s.]+/g)];
        const word = part === 'first' ? words[0] : words[words.length - 1];
        if (!word || word[0] !== written) {
            return undefined;
        }
        const start = offset + word.index;
        return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(start + written.length) };
    }
}

function isRenamable(node: AstNode): boolean {
    return isDeclaration(node) || isLevel(node) || isPolicy(node) || isStandard(node);
}
