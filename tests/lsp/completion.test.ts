import { expectCompletion } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { CompletionItemKind, type CompletionList } from 'vscode-languageserver';
import { clearTestDocuments, createTestServices, validate, type Services } from '../helpers/services.js';

let services: Services;
let complete: ReturnType<typeof expectCompletion>;
beforeAll(async () => {
    services = await createTestServices();
    complete = expectCompletion(services.RiskPolicy);
});
afterEach(async () => {
    await clearTestDocuments(services);
    vi.restoreAllMocks();
});

const policy = `policy pol
role case-holder also called CH
role lm
panel MARP also called marp-panel
    chair lm
    meets weekly on Tuesday
scale impact ordered: Minor < Major (also called Serious)
event serious-charge also called grave-charge
`;

/** The labels offered at the `<|>` in `text`. */
async function labelsAt(text: string): Promise<string[]> {
    let labels: string[] = [];
    await complete({ text, index: 0, assert: (list: CompletionList) => { labels = list.items.map(item => item.label); } });
    return labels;
}

describe('completion offers', () => {
    test('roles, panels and panel chairs where a duty names its actors', async () => {
        const labels = await labelsAt(`${policy}rule r\n    when charge\n    <|>`);
        expect(labels).toEqual(expect.arrayContaining(['case-holder', 'CH', 'lm', 'MARP', 'MARP.chair', 'marp-panel.chair', 'manager', 'police']));
        expect(await labelsAt(`${policy}rule r\n    when charge\n    case-holder or <|>`)).toEqual(expect.arrayContaining(['lm', 'MARP.chair', 'manager']));
    });

    test('items say what they are', async () => {
        await complete({
            text: `${policy}rule r\n    when charge\n    <|>`, index: 0,
            assert: list => {
                const item = (label: string) => list.items.find(candidate => candidate.label === label);
                expect([item('lm')?.kind, item('lm')?.detail]).toEqual([CompletionItemKind.Class, 'role']);
                expect([item('MARP')?.kind, item('MARP')?.detail]).toEqual([CompletionItemKind.Struct, 'panel']);
                expect(item('MARP.chair')?.detail).toBe('chair of a panel');
            }
        });
    });

    test('panels, and nothing else, after `by the next meeting of`; without logging an internal error', async () => {
        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const labels = await labelsAt(`${policy}rule r\n    when charge\n    case-holder must refer to MARP by the next meeting of <|>`);
        expect(labels).toEqual(expect.arrayContaining(['MARP', 'marp-panel']));
        expect(labels).not.toContain('case-holder');
        expect(labels).not.toContain('serious-charge');
        expect(errors).not.toHaveBeenCalled();
    });

    test('the levels of the scale just named, and only those', async () => {
        const rosh = await labelsAt(`${policy}rule r\n    if RoSH is <|>`);
        expect(rosh).toEqual(expect.arrayContaining(['Low', 'Medium', 'High', 'Very-High', 'above', 'exactly']));
        expect(rosh).not.toContain('Minor');
        const impact = await labelsAt(`${policy}rule r\n    if impact is <|>`);
        expect(impact).toEqual(expect.arrayContaining(['Minor', 'Major', 'Serious']));
        expect(impact).not.toContain('Medium');
        expect(await labelsAt(`${policy}rule r\n    if impact is above Minor, <|>`)).toEqual(expect.arrayContaining(['Major', 'Serious']));
        expect(await labelsAt(`${policy}rule r\n    when impact becomes <|>`)).toEqual(expect.arrayContaining(['Minor', 'Major']));
        expect(await labelsAt(`${policy}rule r\n    when charge\n    impact must be <|>`)).toEqual(expect.arrayContaining(['Minor', 'Major']));
        expect(await labelsAt(`${policy}advisory a\n    if child is looked-after: suggest impact <|>`)).toEqual(expect.arrayContaining(['Minor', 'Major']));
    });

    test('in a scenarios file, the levels of the policy\'s scale after `assessed`', async () => {
        await validate(services, policy);
        const labels = await labelsAt('scenarios for pol\ncase "one"\n    2024-01-01 impact assessed <|>');
        expect(labels).toEqual(expect.arrayContaining(['Minor', 'Major', 'Serious']));
        expect(labels).not.toContain('Low');
    });

    test('units after a number, two-word units whole', async () => {
        const labels = await labelsAt(`${policy}rule r\n    when charge\n    case-holder must "x" within 24 <|>`);
        expect(labels).toEqual(expect.arrayContaining(['hours', 'working days', 'calendar days', 'weeks', 'months', 'working']));
    });

    test('events (and their aliases) after `within 24 hours of the`', async () => {
        const labels = await labelsAt(`${policy}rule r\n    when charge\n    case-holder must "x" within 24 hours of the <|>`);
        expect(labels).toEqual(expect.arrayContaining(['serious-charge', 'grave-charge', 'judgement', 'order-start', 'next']));
        expect(labels).not.toContain('case-holder');
    });

    test('the national packs after `conforms to`: not the prelude, not a pack already listed', async () => {
        const packs = services.shared.workspace.IndexManager.allElements('Standard').map(standard => standard.name).filter(name => name !== 'prelude').toArray();
        expect(packs).toContain('yjb-standards-2019');
        expect((await labelsAt('policy p\n    conforms to <|>')).sort()).toEqual([...packs].sort());
        expect((await labelsAt('policy p\n    conforms to yjb-standards-2019, <|>')).sort()).toEqual(packs.filter(name => name !== 'yjb-standards-2019').sort());
    });
});
