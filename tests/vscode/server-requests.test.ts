import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CancellationTokenSource, type MessageConnection } from 'vscode-jsonrpc/node';
import { repositoryRoot, runCli } from '../helpers/cli.js';
import { spawnServer, stopServer } from '../helpers/stdio-server.js';
import type { CheckFilesResult, CohortResult, CoverageResult, ListScenariosResult, RunScenariosResult } from '../../packages/vscode/src/shared/protocol.js';

// The bundled server (out/language/main.cjs) answering the extension's `riskpolicy/…` requests,
// with examples/somerset as the workspace folder. Assumes `npm run build -w packages/vscode` has run.
const folder = join(repositoryRoot, 'examples', 'somerset');
const fileUri = (...path: string[]) => pathToFileURL(join(folder, ...path)).toString();
const policyUri = fileUri('somerset.riskpolicy');
const downgradeUri = fileUri('scenarios', 'downgrade.riskpolicy');

let server: ChildProcessWithoutNullStreams;
let connection: MessageConnection;
let settings: Record<string, unknown> = {};
const diagnostics = new Map<string, Array<{ code?: string, severity?: number }>>();
const progress: Array<{ kind: string, percentage?: number }> = [];
const warnings: string[] = [];
let workspaceChanges = 0;
let lensRefreshes = 0;

beforeAll(async () => {
    ({ server, connection } = spawnServer(join(repositoryRoot, 'packages', 'vscode', 'out', 'language', 'main.cjs'), repositoryRoot));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string, diagnostics: never[] }) => { diagnostics.set(params.uri, params.diagnostics); });
    connection.onNotification('riskpolicy/workspaceChanged', () => { workspaceChanges++; });
    connection.onRequest('workspace/codeLens/refresh', () => { lensRefreshes++; return null; });
    connection.onNotification('$/progress', (params: { value: { kind: string, percentage?: number } }) => { progress.push(params.value); });
    connection.onRequest('window/showMessageRequest', (params: { type: number, message: string }) => { if (params.type === 2) warnings.push(params.message); return null; });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section: string }> }) => params.items.map(item => item.section === 'riskpolicy' ? settings : null));
    connection.onRequest(() => null);
    connection.listen();
    await connection.sendRequest('initialize', {
        processId: process.pid, rootUri: pathToFileURL(folder).toString(), workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'somerset' }],
        capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, codeLens: { refreshSupport: true } } }
    });
    await connection.sendNotification('initialized', {});
});

afterAll(async () => { await stopServer({ server, connection }); });

describe('riskpolicy/listScenarios and riskpolicy/runScenarios', () => {
    test('lists every scenario file of the workspace folder with its cases and their lines', async () => {
        const files = await connection.sendRequest<ListScenariosResult>('riskpolicy/listScenarios', {});
        expect(files.map(file => file.uri).sort()).toEqual(['absence-and-breach', 'bank-holidays', 'downgrade', 'transfers'].map(name => fileUri('scenarios', `${name}.riskpolicy`)));
        const downgrade = files.find(file => file.uri === downgradeUri)!;
        expect(downgrade.policy).toBe('somerset');
        expect(downgrade.cases).toEqual([{ name: 'RoSH lowered from High to Medium: the line manager agrees, MARP must approve', line: 12 }]);
    });

    test('runs a file\'s cases: each passes, with its expectations and timeline', async () => {
        const result = await connection.sendRequest<RunScenariosResult>('riskpolicy/runScenarios', { uri: fileUri('scenarios', 'bank-holidays.riskpolicy') });
        expect(result.policy).toBe('somerset');
        expect(result.cases).toHaveLength(2);
        for (const outcome of result.cases) {
            expect(outcome.passed, outcome.name).toBe(true);
            expect(outcome.expectations.length).toBeGreaterThan(0);
            expect(outcome.timeline.case).toBe(outcome.name);
        }
    });

    test('runs only the cases named, and refuses a name the file does not hold', async () => {
        const files = await connection.sendRequest<ListScenariosResult>('riskpolicy/listScenarios', {});
        const name = files.find(file => file.uri === fileUri('scenarios', 'transfers.riskpolicy'))!.cases[1].name;
        const result = await connection.sendRequest<RunScenariosResult>('riskpolicy/runScenarios', { uri: fileUri('scenarios', 'transfers.riskpolicy'), cases: [name] });
        expect(result.cases.map(outcome => outcome.name)).toEqual([name]);
        await expect(connection.sendRequest('riskpolicy/runScenarios', { uri: downgradeUri, cases: ['No such case'] })).rejects.toThrow('No case named "No such case" in this file.');
    });

    test('a failing expectation comes back with its message and line', async () => {
        const uri = fileUri('scenarios', 'edited.riskpolicy');
        const original = readFileSync(join(folder, 'scenarios', 'downgrade.riskpolicy'), 'utf8');
        const text = original.replace(/(expect "[^"]+" due )\d{4}-\d{2}-\d{2}/, '$12030-01-01');
        expect(text).not.toBe(original);
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'riskpolicy', version: 1, text } });
        const result = await connection.sendRequest<RunScenariosResult>('riskpolicy/runScenarios', { uri });
        const failed = result.cases[0].expectations.filter(expectation => !expectation.passed);
        expect(result.cases[0].passed).toBe(false);
        expect(failed).toHaveLength(1);
        expect(failed[0]).toMatchObject({ line: text.split('\n').findIndex(line => line.includes('due 2030-01-01')), kind: 'due' });
        expect(failed[0].message).toMatch(/^expected ".*" due .*2030/);
        await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
});

describe('riskpolicy/coverage', () => {
    test('gives each national requirement the policy is held to, with its status and rules', async () => {
        const result = await connection.sendRequest<CoverageResult>('riskpolicy/coverage', { uri: policyUri });
        expect(result.policy).toBe('somerset');
        expect(result.requirements.length).toBeGreaterThan(0);
        expect([...new Set(result.requirements.map(entry => entry.requirement.standard))]).toEqual(expect.arrayContaining(result.conformsTo));
        expect(result.requirements.some(entry => entry.rules.length > 0)).toBe(true);
    });

    test('refuses a file that holds no policy', async () => {
        await expect(connection.sendRequest('riskpolicy/coverage', { uri: downgradeUri })).rejects.toThrow('Coverage is shown for a policy');
    });
});

describe('files being typed', () => {
    const draftUri = pathToFileURL(join(repositoryRoot, 'tests', 'fixtures', 'vscode-draft.riskpolicy')).toString();

    test('a scenario file with no policy named yet, or a case with no name yet, is listed as far as it goes', async () => {
        const before = workspaceChanges;
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'riskpolicy', version: 1, text: 'scenarios for\ncase' } });
        await expect.poll(() => workspaceChanges, { timeout: 20_000 }).toBeGreaterThan(before);
        const files = await connection.sendRequest<ListScenariosResult>('riskpolicy/listScenarios', {});
        expect(files.find(file => file.uri === draftUri)).toEqual({ uri: draftUri, policy: '', cases: [] });
    });

    test('each change the server takes in is announced, so lists can be asked for again and lenses counted again; a case typed in is then listed', async () => {
        const before = workspaceChanges;
        const lensesBefore = lensRefreshes;
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version: 2 }, contentChanges: [{ text: 'scenarios for somerset\ncase "typed in"\n' }] });
        await expect.poll(() => workspaceChanges, { timeout: 20_000 }).toBeGreaterThan(before);
        const files = await connection.sendRequest<ListScenariosResult>('riskpolicy/listScenarios', {});
        expect(files.find(file => file.uri === draftUri)).toMatchObject({ policy: 'somerset', cases: [{ name: 'typed in', line: 1 }] });
        await expect.poll(() => lensRefreshes, { timeout: 20_000 }).toBeGreaterThan(lensesBefore);
    });

    test('closing a file that was never saved takes it out of the workspace and withdraws its findings', async () => {
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version: 3 }, contentChanges: [{ text: 'scenarios for no-such-policy\ncase "typed in"\n' }] });
        await expect.poll(() => (diagnostics.get(draftUri) ?? []).length, { timeout: 20_000 }).toBeGreaterThan(0);
        await connection.sendNotification('textDocument/didClose', { textDocument: { uri: draftUri } });
        await expect.poll(() => (diagnostics.get(draftUri) ?? []).length, { timeout: 20_000 }).toBe(0);
        const files = await connection.sendRequest<ListScenariosResult>('riskpolicy/listScenarios', {});
        expect(files.map(file => file.uri)).not.toContain(draftUri);
    });

    test('closing an edited file without saving checks the file on disk again', async () => {
        const disk = readFileSync(fileURLToPath(downgradeUri), 'utf8');
        const codes = () => (diagnostics.get(downgradeUri) ?? []).map(diagnostic => diagnostic.code);
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: downgradeUri, languageId: 'riskpolicy', version: 1, text: `${disk}\ncase "unsaved"\n    no-such-role unavailable 2025-01-01 to 2025-01-02\n` } });
        await expect.poll(codes, { timeout: 20_000 }).toContain('unresolved-reference');
        await connection.sendNotification('textDocument/didClose', { textDocument: { uri: downgradeUri } });
        await expect.poll(codes, { timeout: 20_000 }).not.toContain('unresolved-reference');
        const files = await connection.sendRequest<ListScenariosResult>('riskpolicy/listScenarios', {});
        expect(files.find(file => file.uri === downgradeUri)?.cases.map(entry => entry.name)).not.toContain('unsaved');
    });
});

describe('riskpolicy/cohort', () => {
    test('runs a small cohort, reporting progress on the work-done token', async () => {
        progress.length = 0;
        const report = await connection.sendRequest<CohortResult>('riskpolicy/cohort', { uri: policyUri, cases: 40, seed: 7, from: '2025-01-01', months: 3, workDoneToken: 'cohort-1' });
        expect(report).toMatchObject({ policy: 'somerset', cases: 40, parameters: { seed: 7, months: 3 } });
        expect(report.obligations).toBeGreaterThan(0);
        expect(progress.at(-1)).toMatchObject({ kind: 'report', percentage: 100 });
    });

    test('stops when the request is cancelled', async () => {
        const source = new CancellationTokenSource();
        progress.length = 0;
        const running = connection.sendRequest('riskpolicy/cohort', { uri: policyUri, cases: 200_000, seed: 1, from: '2025-01-01', months: 12, workDoneToken: 'cohort-2' }, source.token);
        setTimeout(() => source.cancel(), 300);
        await expect(running).rejects.toThrow(/Cancelled after \d+ of 200000 cases/);
    });

    test('refuses parameters the engine cannot use', async () => {
        await expect(connection.sendRequest('riskpolicy/cohort', { uri: policyUri, cases: 0, seed: 1, from: '2025-01-01', months: 1 })).rejects.toThrow('at least 1');
        await expect(connection.sendRequest('riskpolicy/cohort', { uri: policyUri, cases: 1, seed: 1, from: '1 Jan', months: 1 })).rejects.toThrow('YYYY-MM-DD');
        await expect(connection.sendRequest('riskpolicy/cohort', { uri: policyUri, cases: 1, seed: 1, from: '2025-02-30', months: 1 })).rejects.toThrow("a real date written YYYY-MM-DD, not '2025-02-30'");
    });
});

describe('riskpolicy/checkFiles and riskpolicy.severity.overrides', () => {
    const policyText = 'policy overrides\n    effective 2025-01-01\nrule identify\n    when sentence\n    case-holder must "identify MAPPA eligibility" within 3 days of the sentence\n';
    const uri = pathToFileURL(join(repositoryRoot, 'tests', 'fixtures', 'vscode-overrides.riskpolicy')).toString();
    const codes = () => (diagnostics.get(uri) ?? []).map(diagnostic => [diagnostic.code, diagnostic.severity]);

    test('re-checks the files named and counts their errors and warnings', async () => {
        const result = await connection.sendRequest<CheckFilesResult>('riskpolicy/checkFiles', { uris: [policyUri, downgradeUri] });
        expect(result.files).toBe(2);
        const published = [policyUri, downgradeUri].flatMap(uri => diagnostics.get(uri) ?? []);
        expect(result.errors).toBe(published.filter(diagnostic => diagnostic.severity === 1).length);
        expect(result.warnings).toBe(published.filter(diagnostic => diagnostic.severity === 2).length);
        expect(diagnostics.has(policyUri)).toBe(true);
    });

    test('an override changes a finding\'s severity, and off removes it, when the setting changes', async () => {
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'riskpolicy', version: 1, text: policyText } });
        await expect.poll(codes).toContainEqual(['ambiguous-days', 1]);
        settings = { severity: { overrides: { 'ambiguous-days': 'information' } } };
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { riskpolicy: settings } });
        await expect.poll(codes).toContainEqual(['ambiguous-days', 3]);
        expect(codes()).toContainEqual(['unresolved-reference', 1]);
        settings = { severity: { overrides: { 'ambiguous-days': 'off' } } };
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { riskpolicy: settings } });
        await expect.poll(() => codes().map(([code]) => code)).not.toContain('ambiguous-days');
    });

    test('a misspelt code is reported to the user, with the code it probably means, and changes nothing', async () => {
        settings = { severity: { overrides: { 'ambigous-days': 'off' } } };
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { riskpolicy: settings } });
        await expect.poll(() => warnings.join('\n'), { timeout: 20_000 }).toContain("riskpolicy.severity.overrides: 'ambigous-days' is not a finding code; did you mean 'ambiguous-days'? It is ignored until it is fixed.");
        await expect.poll(codes).toContainEqual(['ambiguous-days', 1]);
    });
});

describe('riskpolicy.standards.packs and riskpolicy.calendar.region', () => {
    const cliCodes = (args: string[]) => (JSON.parse(runCli(['check', 'examples/somerset/somerset.riskpolicy', '--format', 'json', ...args]).stdout) as Array<{ code: string, range: { start: { line: number } } }>)
        .filter(finding => finding.code !== undefined).map(finding => `${finding.range.start.line}:${finding.code}`).sort();
    const serverCodes = () => (diagnostics.get(policyUri) ?? []).map(diagnostic => `${(diagnostic as { range: { start: { line: number } } }).range.start.line + 1}:${diagnostic.code}`).sort();
    const change = async (next: Record<string, unknown>) => {
        settings = next;
        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { riskpolicy: settings } });
    };

    test('a pack in the setting adds its findings, the same ones the CLI gives with --standards', async () => {
        const before = cliCodes([]);
        await change({});
        await expect.poll(serverCodes, { timeout: 20_000 }).toEqual(before);
        await change({ standards: { packs: ['transitions-2021'] } });
        const expected = cliCodes(['--standards', 'transitions-2021']);
        expect(expected.length).toBeGreaterThan(before.length);
        await expect.poll(serverCodes, { timeout: 20_000 }).toEqual(expected);
        const coverage = await connection.sendRequest<CoverageResult>('riskpolicy/coverage', { uri: policyUri });
        expect(coverage.requirements.some(entry => entry.requirement.standard === 'transitions-2021')).toBe(true);
    });

    test('a pack no standard carries is shown as a warning naming the packs there are', async () => {
        await change({ standards: { packs: ['transitions-2021', 'no-such-pack'] } });
        await expect.poll(() => warnings.join('\n'), { timeout: 20_000 }).toContain("riskpolicy.standards.packs: no standard pack named 'no-such-pack'; the packs are case-management-guidance-2022,");
    });

    test('the calendar region setting moves the dates of a policy without a calendar line', async () => {
        const scenarios = { uri: fileUri('scenarios', 'bank-holidays.riskpolicy') };
        await change({});
        await expect.poll(async () => (await connection.sendRequest<RunScenariosResult>('riskpolicy/runScenarios', scenarios)).cases.every(outcome => outcome.passed)).toBe(true);
        await change({ calendar: { region: 'scotland' } });
        const easter = async () => (await connection.sendRequest<RunScenariosResult>('riskpolicy/runScenarios', scenarios)).cases.find(outcome => outcome.name.includes('Easter'))?.passed;
        await expect.poll(easter, { timeout: 20_000 }).toBe(false);
        await change({ calendar: { region: 'wales' } });
        await expect.poll(() => warnings.join('\n'), { timeout: 20_000 }).toContain("riskpolicy.calendar.region: 'wales' is not a region; use one of england-and-wales, scotland, northern-ireland.");
        await expect.poll(easter, { timeout: 20_000 }).toBe(true);
    });

    test('settings changed in quick succession, each cancelling the re-check before it, end with every file checked on the last', async () => {
        const expected = cliCodes(['--standards', 'transitions-2021']);
        for (const packs of [['transitions-2021'], [], ['mappa-guidance-2022'], [], ['transitions-2021']]) {
            settings = { standards: { packs } };
            void connection.sendNotification('workspace/didChangeConfiguration', { settings: { riskpolicy: settings } });
        }
        await expect.poll(serverCodes, { timeout: 20_000 }).toEqual(expected);
        await change({});
    });
});
