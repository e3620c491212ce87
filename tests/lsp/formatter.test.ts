import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, TextDocument } from 'langium';
import { expectFormatting } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ast, lowerPolicy, lowerScenarios, lowerStandard } from '@riskpolicy/language';
import { repositoryRoot } from '../helpers/cli.js';
import { clearTestDocuments, codesOf, createTestServices, validate, type Services } from '../helpers/services.js';

let services: Services;
let format: ReturnType<typeof expectFormatting>;
beforeAll(async () => {
    services = await createTestServices();
    format = expectFormatting(services.RiskPolicy);
});
afterEach(async () => { await clearTestDocuments(services); });

const read = (path: string) => readFileSync(join(repositoryRoot, path), 'utf8');
const riskpolicyFiles = (folder: string) => readdirSync(join(repositoryRoot, folder)).filter(name => name.endsWith('.riskpolicy')).map(name => join(folder, name));

async function formatted(document: LangiumDocument, options = { insertSpaces: true, tabSize: 4 }): Promise<string> {
    const edits = await services.RiskPolicy.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** The IR of a document with every source range taken out (they move when the layout changes). */
function irWithoutSources(document: LangiumDocument): unknown {
    const root = document.parseResult.value;
    const fileName = (node: AstNode) => AstUtils.getDocument(node).uri.path;
    const ir = ast.isPolicy(root) ? lowerPolicy(root, fileName) : ast.isStandard(root) ? lowerStandard(root, fileName)
        : ast.isScenarioSet(root) ? lowerScenarios(root, fileName) : undefined;
    return JSON.parse(JSON.stringify(ir, (key, value: unknown) => key === 'source' || key === 'conformsToSource' ? undefined : value));
}

/**
 * Validates a set of files (a policy and its scenarios), spoils their layout, formats them, validates
 * the result on its own, and checks that nothing but the layout changed: the same diagnostics, the
 * same IR, the same comments; and that formatting again changes nothing.
 */
async function expectLayoutOnly(paths: string[]): Promise<void> {
    const originals = await validate(services, ...paths.map(read));
    const before = originals.map(document => ({ codes: codesOf(document).sort(), ir: irWithoutSources(document), comments: commentsOf(document) }));
    const messy = originals.map(spoilt);
    await clearTestDocuments(services);
    const texts = await Promise.all((await validate(services, ...messy)).map(document => formatted(document)));
    await clearTestDocuments(services);
    const reformatted = await validate(services, ...texts);
    for (const [index, document] of reformatted.entries()) {
        const file = paths[index];
        expect(texts[index]).not.toBe(messy[index]);
        expect({ file, codes: codesOf(document).sort() }).toEqual({ file, codes: before[index].codes });
        expect({ file, ir: irWithoutSources(document) }).toEqual({ file, ir: before[index].ir });
        expect({ file, comments: commentsOf(document) }).toEqual({ file, comments: before[index].comments });
        expect({ file, text: await formatted(document) }).toEqual({ file, text: texts[index] });
    }
}

function commentsOf(document: LangiumDocument): string[] {
    return CstUtils.flattenCst(document.parseResult.value.$cstNode!).filter(leaf => leaf.hidden).map(leaf => leaf.text.trimEnd()).toArray();
}

/** The same tokens and comments, with the layout spoilt: no indentation, wide gaps, trailing blanks. */
function spoilt(document: LangiumDocument): string {
    const text = document.textDocument.getText();
    let result = '\n  ';
    let end = 0;
    CstUtils.flattenCst(document.parseResult.value.$cstNode!).forEach((leaf, index) => {
        const gap = text.slice(end, leaf.offset);
        // Comments at the end of a line keep the gap the author gave them.
        const trailingComment = leaf.hidden && !gap.includes('\n');
        result += index === 0 ? '' : gap.includes('\n') ? gap.replace(/[ \t]+/g, '').replace(/\n/g, ' \t\n') + '\t ' : trailingComment ? gap : '   ';
        result += leaf.text + (leaf.hidden ? '  ' : '');
        end = leaf.end;
    });
    return `${result}\n\n\n  `;
}

describe('the formatter lays out', () => {
    test('headers, sections, declarations and clauses at 4 spaces a level', async () => {
        await format({
            before: 'policy p "P"\nversion "1"\n  effective 2024-01-01\nsection "Roles"\nrole case-holder\nrole lm also called LM\n senior to case-holder\n         acts as manager\nend\nrule r when charge\ncase-holder must "act" within 24 hours of the charge',
            after: 'policy p "P"\n    version "1"\n    effective 2024-01-01\nsection "Roles"\n    role case-holder\n    role lm also called LM\n        senior to case-holder\n        acts as manager\nend\nrule r\n    when charge\n    case-holder must "act" within 24 hours of the charge\n'
        });
    });

    test('one space between tokens on a line, none before commas, dots, colons and closing brackets', async () => {
        await format({
            before: 'policy p\nscale   s   ordered :  Low<High  (also called   Top )\nrule r\n    when   charge\n    MARP . chair ,lm   must  notify yjb "x"   within 24   hours of   the charge\nescalation e\n    lm->MARP.chair(  after 1 working day  )\n',
            after: 'policy p\nscale s ordered: Low < High (also called Top)\nrule r\n    when charge\n    MARP.chair, lm must notify yjb "x" within 24 hours of the charge\nescalation e\n    lm -> MARP.chair (after 1 working day)\n'
        });
    });

    test('a line the author broke continues one level deeper; blank lines are kept up to two', async () => {
        await format({
            before: 'policy p\n\n\n\n\nrule r\n  when charge\n  case-holder must "act"\n within 24 hours of the charge\ncountersigned by lm\n\n\n\n\nrule s\n  when charge\n  note "n"',
            after: 'policy p\n\n\nrule r\n    when charge\n    case-holder must "act"\n        within 24 hours of the charge\n        countersigned by lm\n\n\nrule s\n    when charge\n    note "n"\n'
        });
    });

    test('comments keep their text, go with the code they touch, and lose trailing blanks', async () => {
        await format({
            before: '# about the policy   \npolicy p\nsection "S"\n# about r\nrule r     # trailing comments keep their place\n# about the trigger\nwhen charge\ncase-holder must "act"\n# a note at the end of r\n\n# before end\nend\n# at the end\n',
            after: '# about the policy\npolicy p\nsection "S"\n    # about r\n    rule r     # trailing comments keep their place\n        # about the trigger\n        when charge\n        case-holder must "act"\n        # a note at the end of r\n\n    # before end\nend\n# at the end\n'
        });
    });

    test('scenario cases and their steps', async () => {
        await format({
            before: 'scenarios for p\ncase "one" born 2008-01-01\n2024-01-01   10:00 charge\n     expect "act" due 2024-01-02 10:00\ncase "two"\nexpect breach of r',
            after: 'scenarios for p\ncase "one"\n    born 2008-01-01\n    2024-01-01 10:00 charge\n    expect "act" due 2024-01-02 10:00\ncase "two"\n    expect breach of r\n'
        });
    });

    test('rule headers: implements and the escalation route\'s `then via` start lines', async () => {
        await format({
            before: 'standard s\nrequirement q floor implements x.y when charge\n  case-manager must "act" immediately\nescalation e case-manager -> manager then via f',
            after: 'standard s\nrequirement q floor\n    implements x.y\n    when charge\n    case-manager must "act" immediately\nescalation e\n    case-manager -> manager\n    then via f\n'
        });
    });

    test('a document with a syntax error is left as it is', async () => {
        await format({ before: 'policy p\n   rule r when\n', after: 'policy p\n   rule r when\n' });
    });

    test('the house layout is used whatever the editor\'s tab settings, and Windows line breaks stay', async () => {
        const [document] = await validate(services, 'policy p\r\n\tversion "1"\r\n  section "S"\r\nrole r\r\nend');
        expect(await formatted(document, { insertSpaces: false, tabSize: 2 })).toBe('policy p\r\n    version "1"\r\nsection "S"\r\n    role r\r\nend\r\n');
    });
});

describe('formatting never changes what a document means', () => {
    const sets: Array<[string, string[]]> = [
        ...['somerset', 'enfield', 'tower-hamlets'].map((name): [string, string[]] => [
            `examples/${name}`, [`examples/${name}/${name}.riskpolicy`, ...riskpolicyFiles(`examples/${name}/scenarios`)]
        ]),
        ...riskpolicyFiles('packages/standards/packs').map((path): [string, string[]] => [path, [path]]),
        ['tests/fixtures/valid/all-constructs.riskpolicy', ['tests/fixtures/valid/all-constructs.riskpolicy']]
    ];

    test.each(sets)('%s, its layout spoilt then formatted: same diagnostics, same IR, same comments; formatting again changes nothing', async (_name, paths) => {
        await expectLayoutOnly(paths);
    });

    test('the fixture is in the house layout: spoiling its layout and formatting gives it back exactly', async () => {
        const path = 'tests/fixtures/valid/all-constructs.riskpolicy';
        const [document] = await validate(services, read(path));
        expect(await formatted(document)).toBe(read(path));
        const [messy] = await validate(services, spoilt(document));
        expect(messy.textDocument.getText()).not.toBe(read(path));
        expect(await formatted(messy)).toBe(read(path));
    });
});
