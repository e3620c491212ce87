import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { repositoryRoot } from '../helpers/cli.js';
import { spawnServer, stopServer } from '../helpers/stdio-server.js';
import { policyWith } from '../helpers/policy.js';

const text = policyWith(`
rule tell-yjb "Tell the YJB" implements serious-incidents-2022.notify-yjb [003:219]
    when notifiable-charge
    service-manager must notify yjb "serious incident notification" within 5 working days of becoming-aware
rule identify
    when sentence
    case-holder must "identify MAPPA eligibility" within 3 days of the sentence
`, '    conforms to serious-incidents-2022');

let server: ChildProcessWithoutNullStreams;
let connection: MessageConnection;
const diagnostics = new Map<string, Array<{ code?: string, range: { start: { line: number } }, data?: { code?: string } }>>();
let diagnosticsArrived: () => void;
const firstDiagnostics = new Promise<void>(resolve => { diagnosticsArrived = resolve; });
const uri = pathToFileURL(join(repositoryRoot, 'tests', 'fixtures', 'lsp-session.riskpolicy')).toString();

beforeAll(async () => {
    ({ server, connection } = spawnServer(join(repositoryRoot, 'packages/vscode/out/language/main.js'), repositoryRoot));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string, diagnostics: never[] }) => {
        diagnostics.set(params.uri, params.diagnostics);
        if (params.uri === uri) diagnosticsArrived();
    });
    connection.onRequest(() => null);
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'riskpolicy', version: 1, text } });
    await firstDiagnostics;
});

afterAll(async () => { await stopServer({ server, connection }); });

function lineOf(marker: string): number {
    return text.split('\n').findIndex(line => line.includes(marker));
}

describe('the language server, over the Language Server Protocol', () => {
    test('publishes single-document and conformance findings for an opened policy', () => {
        const codes = (diagnostics.get(uri) ?? []).map(diagnostic => [diagnostic.data?.code ?? diagnostic.code, diagnostic.range.start.line]);
        expect(codes).toContainEqual(['ambiguous-days', lineOf('within 3 days')]);
        expect(codes).toContainEqual(['deadline-later', lineOf('within 5 working days')]);
    });

    test('answers a hover on a rule with the national requirement it carries out', async () => {
        const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: lineOf('within 5 working days'), character: 8 } }) as { contents: { value: string } };
        expect(hover.contents.value).toContain('`serious-incidents-2022.notify-yjb`');
        expect(hover.contents.value).toContain('[004:14037]');
    });

    test('offers the quick fix that tightens the deadline to the national one', async () => {
        const found = (diagnostics.get(uri) ?? []).filter(diagnostic => diagnostic.data?.code === 'deadline-later');
        const actions = await connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri }, range: found[0].range, context: { diagnostics: found }
        }) as Array<{ title: string }>;
        expect(actions.map(action => action.title)).toContain('Tighten to the national requirement: within 1 working day of becoming-aware');
    });
});

describe('diagnostic codes', () => {
    test('every published diagnostic carries its RiskPolicy code in the LSP code field', () => {
        const published = diagnostics.get(uri) ?? [];
        expect(published.length).toBeGreaterThan(0);
        expect(published.every(diagnostic => diagnostic.code === diagnostic.data?.code)).toBe(true);
    });
});
