import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CodeLens } from 'vscode-languageserver';
import { simulateCase } from '@riskpolicy/engine';
import { ast, lowerScenarios } from '@riskpolicy/language';
import { repositoryRoot } from '../helpers/cli.js';
import { clearTestDocuments, createTestServices, validate, type Services } from '../helpers/services.js';

const somerset = join(repositoryRoot, 'examples', 'somerset');
const policyText = readFileSync(join(somerset, 'somerset.riskpolicy'), 'utf8');
const scenarioTexts = readdirSync(join(somerset, 'scenarios')).sort().map(name => readFileSync(join(somerset, 'scenarios', name), 'utf8'));

let services: Services;

beforeAll(async () => {
    services = await createTestServices();
});

afterEach(async () => {
    await clearTestDocuments(services);
});

async function lensesOf(document: LangiumDocument): Promise<CodeLens[]> {
    const lenses = await services.RiskPolicy.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return lenses ?? [];
}

function lineOf(document: LangiumDocument, marker: string): number {
    return document.textDocument.getText().split('\n').findIndex(line => line.includes(marker));
}

/** Rule → cases whose timeline holds an obligation of it, computed directly with the simulator. */
function expectedCounts(policy: LangiumDocument, scenarios: LangiumDocument[]): Map<string, number> {
    const analysis = services.RiskPolicy.analysis.PolicyAnalysis.analyse(policy)!;
    const counts = new Map<string, number>();
    for (const document of scenarios) {
        for (const scenario of lowerScenarios(document.parseResult.value as ast.ScenarioSet, () => 'scenario').cases) {
            const rules = new Set(simulateCase(analysis.policy, scenario, { standards: analysis.standards }).obligations.map(obligation => obligation.rule));
            rules.forEach(rule => counts.set(rule, (counts.get(rule) ?? 0) + 1));
        }
    }
    return counts;
}

describe('code lenses on scenario cases', () => {
    test('each case gets "Run scenario" and "Show timeline" on its name, with the file and case name as arguments', async () => {
        const [, scenarios] = await validate(services, policyText, scenarioTexts[2]);
        const lenses = await lensesOf(scenarios);
        const name = (scenarios.parseResult.value as ast.ScenarioSet).scenarios[0].name;
        const uri = scenarios.uri.toString();
        expect(lenses.map(lens => lens.command)).toEqual([
            { title: 'Run scenario', command: 'riskpolicy.runScenario', arguments: [uri, name] },
            { title: 'Show timeline', command: 'riskpolicy.showTimeline', arguments: [uri, name] }
        ]);
        expect(lenses.every(lens => lens.range.start.line === lineOf(scenarios, `case "${name}"`))).toBe(true);
    });

    test('a file with several cases gets two lenses per case', async () => {
        const documents = await validate(services, policyText, ...scenarioTexts);
        const cases = documents.slice(1).flatMap(document => (document.parseResult.value as ast.ScenarioSet).scenarios);
        const lenses = (await Promise.all(documents.slice(1).map(lensesOf))).flat();
        expect(lenses).toHaveLength(cases.length * 2);
    });
});

describe('code lenses on policy rules', () => {
    test('each rule says how many of the workspace\'s cases for this policy exercise it', async () => {
        const [policy, ...scenarios] = await validate(services, policyText, ...scenarioTexts);
        const expected = expectedCounts(policy, scenarios);
        const lenses = await lensesOf(policy);
        const rules = [...policy.textDocument.getText().matchAll(/^\s*rule ([\w-]+)/gm)].map(match => match[1]);
        expect(lenses).toHaveLength(rules.length);
        rules.forEach((rule, index) => {
            const count = expected.get(rule) ?? 0;
            expect(lenses[index].command?.title, rule).toBe(count === 1 ? '1 scenario exercises this rule' : `${count} scenarios exercise this rule`);
            expect(lenses[index].range.start.line).toBe(lineOf(policy, `rule ${rule} `));
        });
        expect(Math.max(...expected.values())).toBeGreaterThan(1);
        expect(lenses.some(lens => lens.command?.title === '0 scenarios exercise this rule')).toBe(true);
    });

    test('the count follows the workspace: a new scenario file for the policy raises it', async () => {
        const [policy] = await validate(services, policyText, scenarioTexts[2]);
        const before = (await lensesOf(policy)).map(lens => lens.command?.title);
        await validate(services, scenarioTexts[2].replace(/^case "/m, 'case "Copy: '));
        const after = (await lensesOf(policy)).map(lens => lens.command?.title);
        const changed = before.map((title, index) => [title, after[index]]).filter(([a, b]) => a !== b);
        expect(changed.length).toBeGreaterThan(0);
        for (const [was, now] of changed) {
            expect(Number(now!.split(' ')[0])).toBe(Number(was!.split(' ')[0]) * 2);
        }
    });

    test('scenario files for another policy do not count', async () => {
        const [policy] = await validate(services, policyText);
        await validate(services, 'scenarios for elsewhere\n');
        expect((await lensesOf(policy)).every(lens => lens.command?.title === '0 scenarios exercise this rule')).toBe(true);
    });
});
