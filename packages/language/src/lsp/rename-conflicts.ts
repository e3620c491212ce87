import type { AstNode, IndexManager } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import { isDeclaration, isLevel, isPolicy, isScale, isStandard } from '../generated/ast.js';

interface Named {
    /** The node whose `name` it is: a declaration, a level or an alias. */
    node: AstNode;
    /** The declaration, level, policy or standard it names. */
    owner: AstNode;
    name: string;
}

const nameOf = (node: AstNode) => GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.text;
const aliasesOf = (node: AstNode) => (node as { aliases?: AstNode[] }).aliases ?? [];

function namesIn(owners: AstNode[]): Named[] {
    return owners.flatMap(owner => [owner, ...aliasesOf(owner)].flatMap(node => {
        const name = nameOf(node);
        return name ? [{ node, owner, name }] : [];
    }));
}

function describe(named: Named): string {
    const kind = isDeclaration(named.owner) || isLevel(named.owner) || isPolicy(named.owner) || isStandard(named.owner) ? named.owner.$type.toLowerCase() : 'name';
    const ownerName = nameOf(named.owner) ?? named.name;
    const line = named.node.$cstNode ? ` (line ${named.node.$cstNode.range.start.line + 1})` : '';
    return named.node === named.owner ? `${kind} '${ownerName}'${line}` : `an alias of ${kind} '${ownerName}'${line}`;
}

/**
 * What already has `newName` where the renamed target would share its namespace: a document's
 * declarations and their aliases, a scale's levels and theirs, or the workspace's policies and
 * standards. Undefined when the name is free.
 */
export function nameTakenBy(target: AstNode, written: string, newName: string, index: IndexManager): string | undefined {
    if (isPolicy(target) || isStandard(target)) {
        const other = index.allElements().find(element => element.name === newName && (element.type === 'Policy' || element.type === 'Standard'));
        return other ? `${other.type.toLowerCase()} '${other.name}'` : undefined;
    }
    const scale = isLevel(target) ? target.$container : undefined;
    const neighbours = isScale(scale) ? scale.levels ?? [] : AstUtils.streamAllContents(AstUtils.findRootNode(target)).filter(isDeclaration).toArray();
    const taken = namesIn(neighbours).find(named => named.name === newName && !(named.owner === target && named.name === written));
    return taken ? describe(taken) : undefined;
}
