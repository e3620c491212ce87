import type { LangiumDocument } from 'langium';
import { TextDocument } from 'langium';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ResponseError } from 'vscode-languageserver';
import { clearTestDocuments, codesOf, createTestServices, validate, type Services } from '../helpers/services.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

const policy = `policy pol "Rename test"
scale impact "harm done" ordered: Minor < Major (also called Serious) < Critical
role case-holder "case holder" also called CH
role line-manager also called LM
    senior to case-holder
role yjt-manager
    senior to LM
    if unavailable line-manager
panel MARP also called marp-panel
    chair yjt-manager
    meets weekly on Tuesday
event serious-charge also called grave-charge kind of charge
flag high-reoffending
rule discuss
    when serious-charge
    CH must "discuss" within 24 hours of the grave-charge
    case-holder must refer to MARP by the next meeting of marp-panel
    MARP.chair must "agree actions" immediately
    marp-panel.chair should "check the minutes" immediately
    child becomes high-reoffending
rule review-case
    if impact is exactly Major or child is high-reoffending
    line-manager must "review" within 5 working days of the serious-charge countersigned by yjt-manager
advisory hints
    if impact is exactly Serious: suggest RoSH Medium to High
`;

const scenarios = `scenarios for pol
case "one"
    child is high-reoffending
    2024-01-01 serious-charge
    2024-01-01 impact assessed Serious
    2024-01-02 impact assessed Major
    CH unavailable 2024-01-02 to 2024-01-03
    2024-01-02 case-holder completed "discuss"
    MARP sits on 2024-01-09
    marp-panel sits on 2024-01-16
    expect approval by yjt-manager
    expect breach of discuss
`;

/** Replaces whole names only (names may contain hyphens). */
const replaceName = (text: string, from: string, to: string) => text.replace(new RegExp(`(?<![\\w-])${from}(?![\\w-])`, 'g'), to);

/**
 * Renames at the first occurrence of `marker` (at `into` characters into it) in document `index` of a
 * policy and its scenarios file; returns both texts afterwards, and checks that the renamed workspace
 * validates with the same diagnostics as before.
 */
async function rename(marker: string, into: number, newName: string, index = 0): Promise<[string, string]> {
    await clearTestDocuments(services);
    const documents = await validate(services, policy, scenarios);
    const codes = documents.map(document => codesOf(document).sort());
    const document = documents[index];
    const offset = document.textDocument.getText().indexOf(marker) + into;
    const edit = await services.RiskPolicy.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset), newName
    });
    const texts = documents.map((each: LangiumDocument) => TextDocument.applyEdits(each.textDocument, edit?.changes?.[each.uri.toString()] ?? []));
    await clearTestDocuments(services);
    const renamed = await validate(services, ...texts);
    expect(renamed.map(each => codesOf(each).sort())).toEqual(codes);
    return texts as [string, string];
}

describe('rename', () => {
    test('the documents validate cleanly before any rename', async () => {
        const documents = await validate(services, policy, scenarios);
        expect(documents.map(document => codesOf(document))).toEqual([[], []]);
    });

    test('a role, from its declaration: every reference written with its name, in both files; not those written with its alias', async () => {
        expect(await rename('role case-holder', 6, 'case-worker')).toEqual([
            replaceName(policy, 'case-holder', 'case-worker'), replaceName(scenarios, 'case-holder', 'case-worker')
        ]);
    });

    test('a role, from a reference in the scenarios file: the same', async () => {
        expect(await rename('case-holder completed', 2, 'case-worker', 1)).toEqual([
            replaceName(policy, 'case-holder', 'case-worker'), replaceName(scenarios, 'case-holder', 'case-worker')
        ]);
    });

    test('an alias, from its declaration or from a reference written with it: only the alias and what is written with it', async () => {
        const expected = [replaceName(policy, 'CH', 'holder'), replaceName(scenarios, 'CH', 'holder')];
        expect(await rename('also called CH', 12, 'holder')).toEqual(expected);
        expect(await rename('CH unavailable', 1, 'holder', 1)).toEqual(expected);
        expect(await rename('CH must', 0, 'holder')).toEqual(expected);
    });

    test('a panel: plain references, `next meeting of`, sittings and `PANEL.chair`, each by the name it is written with', async () => {
        expect(await rename('panel MARP', 7, 'risk-panel')).toEqual([replaceName(policy, 'MARP', 'risk-panel'), replaceName(scenarios, 'MARP', 'risk-panel')]);
        expect(await rename('marp-panel.chair', 3, 'rp')).toEqual([replaceName(policy, 'marp-panel', 'rp'), replaceName(scenarios, 'marp-panel', 'rp')]);
    });

    test('a scale and a level (and a level\'s alias), in conditions, advisories and scenario judgements', async () => {
        expect(await rename('impact is exactly Major', 2, 'harm')).toEqual([replaceName(policy, 'impact', 'harm'), replaceName(scenarios, 'impact', 'harm')]);
        expect(await rename('exactly Major', 9, 'Large')).toEqual([replaceName(policy, 'Major', 'Large'), replaceName(scenarios, 'Major', 'Large')]);
        expect(await rename('assessed Serious', 10, 'Grave', 1)).toEqual([replaceName(policy, 'Serious', 'Grave'), replaceName(scenarios, 'Serious', 'Grave')]);
    });

    test('an event and its alias, in triggers, anchors and scenario steps', async () => {
        expect(await rename('when serious-charge', 6, 'grave-offence')).toEqual([
            replaceName(policy, 'serious-charge', 'grave-offence'), replaceName(scenarios, 'serious-charge', 'grave-offence')
        ]);
        expect(await rename('the grave-charge', 6, 'gc')).toEqual([replaceName(policy, 'grave-charge', 'gc'), scenarios]);
    });

    test('a flag, in conditions, derivations and scenario facts', async () => {
        expect(await rename('flag high-reoffending', 6, 'prolific')).toEqual([
            replaceName(policy, 'high-reoffending', 'prolific'), replaceName(scenarios, 'high-reoffending', 'prolific')
        ]);
    });

    test('a policy, and the scenarios file that names it', async () => {
        expect(await rename('policy pol', 8, 'somerset')).toEqual([replaceName(policy, 'pol', 'somerset'), replaceName(scenarios, 'pol', 'somerset')]);
    });

    test('a local standard and its requirement: `pack.requirement` changes only the part renamed', async () => {
        const standard = 'standard local-pack "Local"\nrequirement tell-yjb floor\n    when charge\n    manager must notify yjb "x" within 24 hours of the charge\n';
        const conforming = 'policy p\n    conforms to local-pack\nrule r\n    implements local-pack.tell-yjb\n    when charge\n    manager must notify yjb "x" within 24 hours of the charge\n';
        const renameIn = async (marker: string, into: number, newName: string) => {
            await clearTestDocuments(services);
            const documents = await validate(services, standard, conforming);
            expect(documents.map(document => codesOf(document))).toEqual([[], []]);
            const offset = conforming.indexOf(marker) + into;
            const edit = await services.RiskPolicy.lsp.RenameProvider!.rename(documents[1], {
                textDocument: { uri: documents[1].uri.toString() }, position: documents[1].textDocument.positionAt(offset), newName
            });
            return documents.map(document => TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []));
        };
        expect(await renameIn('.tell-yjb', 2, 'notify-the-yjb')).toEqual([standard.replace('tell-yjb', 'notify-the-yjb'), conforming.replace('tell-yjb', 'notify-the-yjb')]);
        expect(await renameIn('local-pack.tell', 1, 'area-pack')).toEqual([standard.replace('local-pack', 'area-pack'), conforming.replace(/local-pack/g, 'area-pack')]);
    });

    test('the `.chair` of `MARP.chair` is not a name to rename', async () => {
        const [document] = await validate(services, policy);
        const offset = policy.indexOf('MARP.chair') + 6;
        expect(await services.RiskPolicy.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) })).toBeUndefined();
    });

    test('names from the prelude and the packs, and new names that are not names, are refused with a reason', async () => {
        const [document] = await validate(services, policy);
        const at = (marker: string) => ({ textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(policy.indexOf(marker) + 1) });
        const provider = services.RiskPolicy.lsp.RenameProvider!;
        expect(() => provider.prepareRename(document, at('RoSH Medium'))).toThrow(/comes from the prelude or a national pack/);
        expect(() => provider.rename(document, { ...at('RoSH Medium'), newName: 'risk' })).toThrow(ResponseError);
        expect(() => provider.rename(document, { ...at('high-reoffending'), newName: 'must' })).toThrow(/cannot be a name/);
        expect(() => provider.rename(document, { ...at('high-reoffending'), newName: 'two words' })).toThrow(/cannot be a name/);
        expect(provider.prepareRename(document, at('flag high-reoffending'))).toBeUndefined();
        const range = await provider.prepareRename(document, { ...at('flag high-reoffending'), position: document.textDocument.positionAt(policy.indexOf('flag high-reoffending') + 6) });
        expect(range && document.textDocument.getText(range)).toBe('high-reoffending');
    });

    test('a new name already in use is refused, naming what has it; the same name back is no change', async () => {
        const [document] = await validate(services, policy, scenarios);
        const at = (marker: string, into = 1) => ({ textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(policy.indexOf(marker) + into) });
        const provider = services.RiskPolicy.lsp.RenameProvider!;
        expect(() => provider.rename(document, { ...at('role case-holder', 6), newName: 'line-manager' })).toThrow(/'line-manager' is already the name of role 'line-manager' \(line 4\)/);
        expect(() => provider.rename(document, { ...at('role case-holder', 6), newName: 'LM' })).toThrow(/'LM' is already the name of an alias of role 'line-manager'/);
        expect(() => provider.rename(document, { ...at('flag high-reoffending', 6), newName: 'MARP' })).toThrow(/already the name of panel 'MARP'/);
        expect(() => provider.rename(document, { ...at('< Critical', 3), newName: 'Minor' })).toThrow(/already the name of level 'Minor'/);
        expect(() => provider.rename(document, { ...at('also called CH', 12), newName: 'case-holder' })).toThrow(/already the name of role 'case-holder'/);
        expect(() => provider.rename(document, { ...at('policy pol', 8), newName: 'yjb-standards-2019' })).toThrow(/already the name of standard 'yjb-standards-2019'/);
        expect(provider.rename(document, { ...at('role case-holder', 6), newName: 'case-holder' })).toEqual({ changes: {} });
    });

    test('a level may take a name another scale uses, and a role a name only a level has', async () => {
        const [policyText] = await rename('role case-holder', 6, 'Critical');
        expect(policyText).toContain('role Critical "case holder"');
        const [levelText] = await rename('< Critical', 3, 'High');
        expect(levelText).toContain('Major (also called Serious) < High');
    });
});

