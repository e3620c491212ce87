import { expectSemanticToken, highlightHelper, type DecodedSemanticTokensWithRanges } from 'langium/test';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clearTestDocuments, createTestServices, type Services } from '../helpers/services.js';

let services: Services;
let highlight: ReturnType<typeof highlightHelper>;
beforeAll(async () => {
    services = await createTestServices();
    highlight = highlightHelper(services.RiskPolicy);
});
afterEach(async () => { await clearTestDocuments(services); });

/** The names of the modifiers of the token exactly at a marked range. */
function modifiersAt(result: DecodedSemanticTokensWithRanges, rangeIndex: number): string[] {
    const [start, end] = result.ranges[rangeIndex];
    const token = result.tokens.find(candidate => candidate.offset === start && candidate.offset + candidate.text.length === end);
    const modifiers = services.RiskPolicy.lsp.SemanticTokenProvider!.tokenModifiers;
    return Object.entries(modifiers).filter(([, bit]) => (token?.tokenModifiers ?? 0) & bit).map(([name]) => name).sort();
}

/** Checks each marked range in turn: its token type and its modifiers. */
function expectTokens(result: DecodedSemanticTokensWithRanges, expected: Array<[type: string, modifiers?: string[]]>): void {
    expect(result.ranges.length).toBe(expected.length);
    expected.forEach(([tokenType, modifiers = []], rangeIndex) => {
        expectSemanticToken(result, { rangeIndex, tokenType: tokenType as never });
        expect({ rangeIndex, modifiers: modifiersAt(result, rangeIndex) }).toEqual({ rangeIndex, modifiers });
    });
}

describe('semantic tokens', () => {
    test('declarations by kind, with the declaration modifier', async () => {
        const result = await highlight(`policy <|p|> "P"
scale <|impact|> ordered: <|Slight|> < Major
role <|case-holder|> also called <|CH|>
panel <|MARP|> also called <|marp-panel|>
    chair case-holder
event <|serious-charge|>
flag <|high-reoffending|>
condition <|high-risk|>: RoSH is High or above
measure <|dash|>
escalation <|route|>
    case-holder -> MARP
rule <|discuss|>
    when charge
    note "n"
advisory <|matrix|>
    note "n"`);
        const declaration = ['declaration'];
        expectTokens(result, [
            ['namespace', declaration], ['type', declaration], ['enumMember', declaration], ['class', declaration], ['class', declaration],
            ['struct', declaration], ['struct', declaration], ['event', declaration], ['variable', declaration], ['variable', declaration],
            ['variable', declaration], ['method', declaration], ['function', declaration], ['function', declaration]
        ]);
    });

    test('references by kind; names from the prelude and the packs are marked defaultLibrary', async () => {
        const result = await highlight(`policy p
    conforms to <|serious-incidents-2022|>
role case-holder also called CH
role lm
    senior to <|CH|>
panel MARP
    chair lm
flag high-reoffending
rule discuss
    implements <|serious-incidents-2022.notify-yjb|>
    when <|RoSH|> becomes <|High|> or above
    <|case-holder|> must refer to <|MARP|> by the next meeting of <|MARP|>
    <|MARP|>.<|chair|> must "agree" immediately
    <|manager|> must "check" same working day of <|judgement|>
    if missed escalate via <|route|>
    child becomes <|high-reoffending|>
escalation route
    case-holder -> lm`);
        const library = ['defaultLibrary'];
        expectTokens(result, [
            ['namespace', library], ['class'], ['property', library], ['type', library], ['enumMember', library], ['class'], ['struct'], ['struct'],
            ['struct'], ['class'], ['class', library], ['event', library], ['method'], ['variable']
        ]);
    });

    test('numbers, dates and times; units as keywords; citations as documentation strings', async () => {
        const result = await highlight(`policy p
    effective <|2024-04-01|>
role case-holder
panel MARP
    meets every <|4|> <|weeks|> on Tuesday at <|10:00|>
rule r <|[003 §4.2.1]|>
    when charge
    case-holder must "x" within <|5|> working <|days|> of the charge <|[003:64]|>
rule s
    if aged under <|18|> <|years|>
    note "n"`);
        const documentation = ['documentation'];
        expectTokens(result, [
            ['number'], ['number'], ['keyword'], ['number'], ['string', documentation], ['number'], ['keyword'], ['string', documentation], ['number'], ['keyword']
        ]);
    });

    test('a scenarios file colours the names it takes from its policy', async () => {
        const policy = await highlight('policy pol\nrole case-holder\npanel MARP\n    chair case-holder\nrule r\n    when charge\n    note "n"');
        expect(policy.tokens.length).toBeGreaterThan(0);
        const result = await highlight(`scenarios for <|pol|>
case "one"
    <|2024-01-01|> <|charge|>
    <|MARP|> sits on 2024-01-02
    <|case-holder|> unavailable 2024-01-02 to 2024-01-03
    expect breach of <|r|>`);
        expectTokens(result, [['namespace'], ['number'], ['event', ['defaultLibrary']], ['struct'], ['class'], ['function']]);
    });
});
