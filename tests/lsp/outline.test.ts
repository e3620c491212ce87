import { expectFoldings, expectSymbols } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { FoldingRangeKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { clearTestDocuments, createTestServices, type Services } from '../helpers/services.js';

let services: Services;
let symbols: ReturnType<typeof expectSymbols>;
let foldings: ReturnType<typeof expectFoldings>;
beforeAll(async () => {
    services = await createTestServices();
    symbols = expectSymbols(services.RiskPolicy);
    foldings = expectFoldings(services.RiskPolicy);
});
afterEach(async () => { await clearTestDocuments(services); });

const kindNames = Object.fromEntries(Object.entries(SymbolKind).map(([name, value]) => [value, name]));

/** A symbol tree as indented lines: `Kind name — detail`. */
function outline(list: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (list ?? []).flatMap(symbol => [
        `${'  '.repeat(depth)}${kindNames[symbol.kind]} ${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''}`,
        ...outline(symbol.children, depth + 1)
    ]);
}

const policy = `policy somerset "Somerset policy"
    version "1"
section "Roles" [003 §3]
    role case-holder "case holder" also called CH
    role line-manager "line manager"
        senior to case-holder
    panel MARP "Multi-Agency Risk Panel"
        chair line-manager
end
section "Vocabulary"
    scale impact "impact of harm" ordered: Slight < Major "major harm" (also called Serious)
    event serious-charge "charged with a serious offence"
    flag high-reoffending
    condition high-risk: RoSH is High or above
    measure dash-yes-answers
end
escalation missed-deadline "a deadline is missed"
    case-holder -> line-manager
rule discuss "Discuss a high rating"
    when RoSH becomes High or above
    case-holder must "discuss the rating" within 24 hours of the judgement
advisory matrix "Suggested RoSH"
    note "n"`;

describe('document symbols', () => {
    test('sections hold their declarations; each symbol has a fitting kind and its title as detail', async () => {
        await symbols({
            text: policy,
            assert: list => expect(outline(list)).toEqual([
                'Module somerset — Somerset policy',
                '  Namespace Roles — [003 §3]',
                '    Class case-holder — case holder · also called CH',
                '    Class line-manager — line manager',
                '    Struct MARP — Multi-Agency Risk Panel',
                '  Namespace Vocabulary',
                '    Enum impact — impact of harm',
                '      EnumMember Slight',
                '      EnumMember Major — major harm · also called Serious',
                '    Event serious-charge — charged with a serious offence',
                '    Boolean high-reoffending',
                '    Boolean high-risk',
                '    Number dash-yes-answers',
                '  Method missed-deadline — a deadline is missed',
                '  Function discuss — Discuss a high rating',
                '  Object matrix — Suggested RoSH'
            ])
        });
    });

    test('a standard shows its requirements; a symbol\'s selection is its name', async () => {
        await symbols({
            text: 'standard pack "A pack"\n    published 2024-01-01\nrequirement tell-yjb "Tell the YJB" floor\n    when charge\n    manager must notify yjb "x" immediately',
            assert: list => {
                expect(outline(list)).toEqual(['Package pack — A pack', '  Interface tell-yjb — Tell the YJB']);
                const requirement = list[0].children![0];
                expect(requirement.selectionRange).toEqual({ start: { line: 2, character: 12 }, end: { line: 2, character: 20 } });
                expect(requirement.range.end.line).toBe(4);
            }
        });
    });

    test('a scenarios file lists its cases', async () => {
        await symbols({
            text: 'scenarios for somerset\ncase "High RoSH over Christmas"\n    2024-12-20 order-start\ncase "Downgrade"',
            assert: list => expect(outline(list)).toEqual(['Module scenarios for somerset', '  Method High RoSH over Christmas', '  Method Downgrade'])
        });
    });
});

describe('folding ranges', () => {
    test('the header block, sections (not their end), declarations over several lines, cases and comment runs fold', async () => {
        await foldings({
            text: `<|policy p
    version "1"
    effective 2024-01-01|>
<|# A comment
# over two lines|>
<|section "Roles"
    role case-holder
    <|role line-manager
        senior to case-holder|>
    <|panel MARP
        chair line-manager
        meets weekly|>|>
end
<|rule r
    when charge
    case-holder must "act"
        within 24 hours of the charge|>
# one comment line does not fold
event e`
        });
    });

    test('comment runs are marked as comments', async () => {
        await foldings({
            text: 'policy p\n<|# one\n# two\n# three|>\nrole r # trailing\n# alone',
            assert: (ranges, expected) => {
                expect(ranges.map(range => [range.startLine, range.endLine, range.kind])).toEqual([[1, 3, FoldingRangeKind.Comment]]);
                expect(expected.length).toBe(1);
            }
        });
    });

    test('a scenario case folds', async () => {
        await foldings({ text: 'scenarios for p\n<|case "one"\n    2024-01-01 charge\n    expect breach of r|>\n' });
    });
});
