import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { Policy, Scale, ScenarioSet, Standard } from '../generated/ast.js';
import { isDeclaration } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo } from './related.js';

interface NameUse {
    node: AstNode;
    /** Set when the name is an alias of `node`; then it points at the alias node. */
    alias?: AstNode;
}

/** One namespace per document: declarations and their aliases must not collide. */
export class NamingChecks {

    checkDeclarationNamesAreUnique(root: Policy | Standard, accept: ValidationAcceptor): void {
        const uses = new Map<string, NameUse[]>();
        for (const node of AstUtils.streamAllContents(root)) {
            if (!isDeclaration(node)) {
                continue;
            }
            add(uses, node.name, { node });
            const aliasNodes = (node as { aliases?: Array<AstNode & { name: string }> }).aliases ?? [];
            for (const alias of aliasNodes) {
                add(uses, alias.name, { node, alias });
            }
        }
        for (const [name, list] of uses) {
            const first = list[0];
            for (const use of list.slice(1).filter(later => later.node !== first.node)) {
                if (!use.alias && !first.alias) {
                    accept('error', `'${name}' is declared twice. Give one of them another name.`, {
                        node: use.node, property: 'name', data: { code: IssueCodes.DuplicateName },
                        relatedInformation: relatedTo(first.node, `first declared here`)
                    });
                } else {
                    accept('error', `'${name}' names two different things (${describe(first)} and ${describe(use)}). Rename the alias or the declaration.`, {
                        node: use.alias ?? use.node, property: 'name', data: { code: IssueCodes.AliasClash },
                        relatedInformation: relatedTo(first.alias ?? first.node, `also used here`)
                    });
                }
            }
        }
    }

    /** Cases are run, listed and picked by name (the CLI ignores case), so two must not share one. */
    checkCaseNamesAreUnique(set: ScenarioSet, accept: ValidationAcceptor): void {
        const seen = new Map<string, AstNode>();
        for (const scenario of set.scenarios ?? []) {
            if (typeof scenario.name !== 'string') {
                continue;
            }
            const key = scenario.name.toLowerCase().replace(/\s+/g, ' ').trim();
            const earlier = seen.get(key);
            if (earlier) {
                accept('error', `This file already has a case named ${scenario.name}. Give one of them another name.`, {
                    node: scenario, property: 'name', data: { code: IssueCodes.DuplicateName },
                    relatedInformation: relatedTo(earlier, 'first named here')
                });
            } else {
                seen.set(key, scenario);
            }
        }
    }

    checkLevelNamesAreUnique(scale: Scale, accept: ValidationAcceptor): void {
        const seen = new Map<string, AstNode>();
        for (const level of scale.levels ?? []) {
            for (const [name, node] of [[level.name, level], ...(level.aliases ?? []).map(alias => [alias.name, alias] as const)] as Array<[string, AstNode]>) {
                const earlier = seen.get(name);
                if (earlier) {
                    accept('error', `Scale '${scale.name}' has '${name}' twice. Each level and alias must be distinct.`, {
                        node, property: 'name', data: { code: IssueCodes.DuplicateLevel },
                        relatedInformation: relatedTo(earlier, 'first used here')
                    });
                } else {
                    seen.set(name, node);
                }
            }
        }
    }
}

function add(uses: Map<string, NameUse[]>, name: string | undefined, use: NameUse): void {
    if (!name) {
        return;
    }
    const list = uses.get(name) ?? [];
    list.push(use);
    uses.set(name, list);
}

function describe(use: NameUse): string {
    const owner = (use.node as { name?: string }).name ?? '?';
    const kind = use.node.$type.toLowerCase();
    return use.alias ? `an alias of ${kind} '${owner}'` : `${kind} '${owner}'`;
}
