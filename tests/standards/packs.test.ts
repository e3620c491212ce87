import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { AstUtils } from 'langium';
import { ast } from '@riskpolicy/language';
import { bundledPacks } from '@riskpolicy/standards';
import { repositoryRoot } from '../helpers/cli.js';
import { createTestServices, issuesOf, type Services } from '../helpers/services.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });

function packDocuments() {
    return services.shared.workspace.LangiumDocuments.all.filter(document => document.uri.scheme === 'riskpolicy-builtin').toArray();
}

const readme = readFileSync(join(repositoryRoot, 'packages/standards/README.md'), 'utf8');

/** The rows of one research table in the README: research id, encoded ids, exclusion reason. */
function tableRows(heading: string): Array<{ id: string, encoded: string[], reason: string }> {
    const section = readme.split(/^### /m).find(part => part.startsWith(heading)) ?? '';
    return section.split('\n').filter(line => /^\| [A-Z]\d+/.test(line)).map(line => {
        const cells = line.split('|').map(cell => cell.trim());
        return { id: cells[1], encoded: [...cells[3].matchAll(/`([a-z0-9-]+\.[a-z0-9-]+)`/g)].map(match => match[1]), reason: cells[4] };
    });
}

function statedTotals(heading: string): number[] {
    const section = readme.split(/^### /m).find(part => part.startsWith(heading)) ?? '';
    const match = /(\d+) rows, (\d+) encoded, (\d+) excluded/.exec(section);
    return match ? match.slice(1).map(Number) : [];
}

const tables = ['Research A', 'Research B'];

describe('the bundled national packs', () => {
    test('every pack is valid: no errors and no warnings', () => {
        expect(packDocuments().length).toBe(bundledPacks().length);
        for (const document of packDocuments()) {
            expect({ pack: document.uri.path, issues: issuesOf(document) }).toEqual({ pack: document.uri.path, issues: [] });
        }
    });

    test('no name is declared in two packs (they share one vocabulary)', () => {
        const owners = new Map<string, string[]>();
        for (const document of packDocuments()) {
            for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
                if (ast.isDeclaration(node) && !ast.isRequirement(node)) {
                    owners.set(node.name, [...(owners.get(node.name) ?? []), document.uri.path]);
                }
            }
        }
        expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
    });

    test('every requirement has a strength-carrying duty or approval, a direction and a citation', () => {
        for (const document of packDocuments()) {
            for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
                if (ast.isRequirement(node)) {
                    const described = `${document.uri.path}#${node.name}`;
                    expect(node.citations.length, described).toBeGreaterThan(0);
                    expect(node.clauses.some(clause => ast.isDuty(clause) || ast.isApprovalRequirement(clause) || ast.isProhibition(clause)), described).toBe(true);
                }
            }
        }
    });
});

describe('the README table of hard national rules', () => {
    test.each(tables)('%s: each row is encoded or excluded with a reason, and the totals add up', heading => {
        const rows = tableRows(heading);
        const [total, encoded, excluded] = statedTotals(heading);
        expect(rows.length).toBe(total);
        expect(rows.filter(row => row.encoded.length > 0).length).toBe(encoded);
        expect(rows.filter(row => row.encoded.length === 0 && row.reason.length > 0).length).toBe(excluded);
        expect(encoded + excluded).toBe(total);
        expect(rows.filter(row => row.encoded.length === 0 && row.reason.length === 0)).toEqual([]);
    });

    test('the overall totals are the sum of both tables', () => {
        const sums = tables.map(statedTotals).reduce((a, b) => a.map((value, index) => value + b[index]));
        expect(readme).toContain(`**Overall: ${sums[0]} rows, ${sums[1]} encoded, ${sums[2]} excluded**`);
    });

    test('every requirement named in the table exists, and every pack requirement is in the table', () => {
        const declared = new Set<string>();
        for (const document of packDocuments()) {
            const root = document.parseResult.value;
            if (ast.isStandard(root) && root.name !== 'national-standards-2013') {
                AstUtils.streamAllContents(root).filter(ast.isRequirement).forEach(requirement => declared.add(`${root.name}.${requirement.name}`));
            }
        }
        const named = new Set(tables.flatMap(tableRows).flatMap(row => row.encoded));
        expect([...named].filter(key => !declared.has(key))).toEqual([]);
        expect([...declared].filter(key => !named.has(key))).toEqual([]);
    });
});
