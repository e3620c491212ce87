import { spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { CALENDAR_REGIONS, DEFAULT_CALENDAR_REGION } from '@riskpolicy/engine';
import { SEVERITY_LEVELS, overridableCodes } from '@riskpolicy/language';
import { repositoryRoot } from '../helpers/cli.js';
import { spawnServer, stopServer } from '../helpers/stdio-server.js';
import { policyWith } from '../helpers/policy.js';

// Assumes `npm run build` (root) and `npm run build -w packages/vscode` have run.
const extensionRoot = join(repositoryRoot, 'packages', 'vscode');
const manifest = JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8'));

/** Names of the entries in a zip file (a .vsix), from its central directory. */
function zipEntries(zip: Buffer): string[] {
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = zip.readUInt16LE(end + 10);
    const names: string[] = [];
    for (let i = 0, at = zip.readUInt32LE(end + 16); i < count; i++) {
        const [nameLength, extraLength, commentLength] = [28, 30, 32].map(offset => zip.readUInt16LE(at + offset));
        names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
        at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}

describe('the extension manifest', () => {
    test('contributes the riskpolicy language with files that exist', () => {
        const [language] = manifest.contributes.languages;
        expect(language).toMatchObject({ id: 'riskpolicy', extensions: ['.riskpolicy'] });
        for (const file of [language.configuration, language.icon.light, language.icon.dark, manifest.icon]) {
            expect(existsSync(join(extensionRoot, file)), file).toBe(true);
        }
        const configuration = JSON.parse(readFileSync(join(extensionRoot, language.configuration), 'utf8'));
        expect(configuration.comments.lineComment).toBe('#');
    });

    test('contributes the generated grammar under its own scope name', () => {
        const [grammar] = manifest.contributes.grammars;
        const tmLanguage = JSON.parse(readFileSync(join(extensionRoot, grammar.path), 'utf8'));
        expect(grammar.language).toBe('riskpolicy');
        expect(grammar.scopeName).toBe(tmLanguage.scopeName);
    });

    test('the calendar-region setting offers exactly the engine\'s regions, and the packs setting suggests every bundled pack', () => {
        const properties = manifest.contributes.configuration.properties;
        expect(properties['riskpolicy.calendar.region'].enum).toEqual([...CALENDAR_REGIONS]);
        expect(properties['riskpolicy.calendar.region'].default).toBe(DEFAULT_CALENDAR_REGION);
        const bundled = readdirSync(join(repositoryRoot, 'packages', 'standards', 'packs')).map(file => file.replace(/\.riskpolicy$/, '')).filter(name => name !== 'prelude').sort();
        expect(properties['riskpolicy.standards.packs'].items.examples).toEqual(bundled);
    });

    test('the severity-overrides setting offers exactly the codes and levels the server accepts', () => {
        const overrides = manifest.contributes.configuration.properties['riskpolicy.severity.overrides'];
        expect(overrides.propertyNames.enum, 'run npm run sync-finding-codes -w packages/vscode').toEqual(overridableCodes());
        expect(overrides.additionalProperties.enum).toEqual([...SEVERITY_LEVELS]);
        expect(overrides.additionalProperties.enumDescriptions).toHaveLength(SEVERITY_LEVELS.length);
    });

    test('points main at the bundled extension', () => {
        expect(manifest.main).toBe('./out/extension/main.cjs');
        expect(existsSync(join(extensionRoot, manifest.main))).toBe(true);
    });
});

describe('the bundled language server (out/language/main.cjs), over stdio', () => {
    const text = policyWith(`
rule tell-yjb "Tell the YJB" implements serious-incidents-2022.notify-yjb [003:219]
    when notifiable-charge
    service-manager must notify yjb "serious incident notification" within 5 working days of becoming-aware
`, '    conforms to serious-incidents-2022');
    const uri = pathToFileURL(join(repositoryRoot, 'tests', 'fixtures', 'vscode-bundle.riskpolicy')).toString();
    let server: ChildProcessWithoutNullStreams;
    let connection: MessageConnection;
    let initialize: { capabilities: Record<string, unknown> };
    let published: Array<{ range: { start: { line: number } }, data?: { code?: string } }>;

    beforeAll(async () => {
        ({ server, connection } = spawnServer(join(extensionRoot, 'out', 'language', 'main.cjs'), tmpdir()));
        const diagnostics = new Promise<typeof published>(resolve => {
            connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string, diagnostics: typeof published }) => {
                if (params.uri === uri) resolve(params.diagnostics);
            });
        });
        connection.onRequest(() => null);
        connection.listen();
        initialize = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'riskpolicy', version: 1, text } });
        published = await diagnostics;
    });

    afterAll(async () => { await stopServer({ server, connection }); });

    test('answers initialize with the features the extension relies on', () => {
        expect(initialize.capabilities).toHaveProperty('hoverProvider');
        expect(initialize.capabilities).toHaveProperty('codeActionProvider');
    });

    test('publishes a conformance finding, so the national packs survived bundling', () => {
        const line = text.split('\n').findIndex(content => content.includes('within 5 working days'));
        const codes = published.map(diagnostic => [diagnostic.data?.code, diagnostic.range.start.line]);
        expect(codes).toContainEqual(['deadline-later', line]);
    });
});

describe('vsce package', () => {
    let folder: string;
    let entries: string[];
    let vsix: string;

    beforeAll(() => {
        folder = mkdtempSync(join(tmpdir(), 'riskpolicy-vsix-'));
        vsix = join(folder, 'riskpolicy.vsix');
        // The package script, with the output moved out of the work tree. It runs vscode:prepublish
        // (the minified build) first.
        const packaged = spawnSync('npm', ['run', 'package', '--', '--out', vsix], { cwd: extensionRoot, encoding: 'utf8' });
        expect(packaged.status, packaged.stderr + packaged.stdout).toBe(0);
        entries = zipEntries(readFileSync(vsix));
    }, 180_000);

    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    test('holds the two bundles, the grammar, the configuration and the documents', () => {
        expect(entries).toEqual(expect.arrayContaining([
            'extension/package.json',
            'extension/out/extension/main.cjs',
            'extension/out/language/main.cjs',
            'extension/syntaxes/riskpolicy.tmLanguage.json',
            'extension/language-configuration.json',
            'extension/images/icon.png',
            'extension/readme.md',
            'extension/changelog.md',
            'extension/LICENSE.txt'
        ]));
    });

    test('leaves out sources, source maps, tsc output and node_modules', () => {
        expect(entries.filter(entry => /node_modules\/|\/src\/|\.map$|\.ts$|out\/.*\.js$/.test(entry))).toEqual([]);
    });

    test('stays small', () => {
        expect(statSync(vsix).size).toBeLessThan(5 * 1024 * 1024);
    });
});
