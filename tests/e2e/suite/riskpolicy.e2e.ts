// End-to-end tests of the RiskPolicy extension in a real VS Code: the extension is the one installed
// from the packaged .vsix, the workspace is a scratch copy of examples/somerset, and every check goes
// through VS Code's own API (diagnostics collection, hover / code action / rename providers, commands).
// scripts/e2e/run-e2e.mjs writes the expected values (computed with the CLI) into the workspace
// copy as .riskpolicy-e2e.json before VS Code starts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { test } from './harness.js';

interface ExpectedDiagnostic {
    code: string;
    line: number; // 0-based, as VS Code counts
    severity: string;
    message: string;
}

interface E2eConfig {
    extensionId: string;
    extensionsDir: string;
    repo: string;
    policyFile: string;
    expectedDiagnostics: ExpectedDiagnostic[];
    hover: { rule: string; requirements: string[]; citations: string[] };
    scenario: { file: string; caseName: string };
}

const folder = () => {
    const first = vscode.workspace.workspaceFolders?.[0];
    assert.ok(first, 'VS Code opened no workspace folder');
    return first.uri;
};
const config: E2eConfig = JSON.parse(readFileSync(path.join(folder().fsPath, '.riskpolicy-e2e.json'), 'utf8'));
const policyUri = () => vscode.Uri.joinPath(folder(), config.policyFile);

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(document, { preview: false });
}

/**
 * Resolves with `read()` once `done` holds for it, re-checking whenever `event` fires; rejects
 * after `ms` with `explain` of the last value. No fixed sleeps.
 */
function waitFor<T, E>(event: vscode.Event<E>, read: () => T, done: (value: T) => boolean, ms: number, explain: (value: T) => string): Promise<T> {
    return new Promise((resolve, reject) => {
        let settled = false;
        let subscription: vscode.Disposable | undefined;
        const check = () => {
            if (settled) return;
            const value = read();
            if (done(value)) {
                settled = true;
                clearTimeout(timer);
                subscription?.dispose();
                resolve(value);
            }
        };
        const timer = setTimeout(() => {
            if (settled) return;
            settled = true;
            subscription?.dispose();
            reject(new Error(`timed out after ${ms / 1000} s: ${explain(read())}`));
        }, ms);
        subscription = event(check);
        check();
    });
}

const codeOf = (diagnostic: vscode.Diagnostic): string =>
    String(typeof diagnostic.code === 'object' && diagnostic.code !== null ? diagnostic.code.value : diagnostic.code);
const key = (code: string, line: number) => `${code}@${line + 1}`;

/** The findings VS Code shows for the policy, as "code@line" (1-based lines, as the CLI prints them). */
const shownKeys = () => new Set(vscode.languages.getDiagnostics(policyUri()).map(d => key(codeOf(d), d.range.start.line)));
const expectedKeys = () => new Set(config.expectedDiagnostics.map(d => key(d.code, d.line)));

function difference(expected: Set<string>, actual: Set<string>): string {
    const missing = [...expected].filter(entry => !actual.has(entry)).sort();
    const unexpected = [...actual].filter(entry => !expected.has(entry)).sort();
    return `${actual.size} (code@line) shown, ${expected.size} expected from the CLI; ` +
        `missing in VS Code: [${missing.join(', ')}]; only in VS Code: [${unexpected.join(', ')}]`;
}
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every(entry => b.has(entry));

/** Waits until the diagnostics of `uri` satisfy `done` (a language-server round trip). */
function waitForDiagnostics(uri: vscode.Uri, done: (diagnostics: vscode.Diagnostic[]) => boolean, ms: number, what: string): Promise<vscode.Diagnostic[]> {
    return waitFor(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri), done, ms,
        diagnostics => `${what} (now ${diagnostics.length} diagnostics: ${diagnostics.slice(0, 20).map(d => key(codeOf(d), d.range.start.line)).join(', ')})`);
}

/** Throws away unsaved edits of every open document, so each test starts from the files on disk. */
async function revertAll(): Promise<void> {
    for (const document of vscode.workspace.textDocuments.filter(candidate => candidate.isDirty)) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
    }
}

/** The text of a .riskpolicy line without its `# comment` and "string" parts (names only). */
function codePart(line: string): string {
    let out = '';
    let inString = false;
    for (const char of line) {
        if (char === '"') { inString = !inString; out += ' '; continue; }
        if (!inString && char === '#') break;
        out += inString ? ' ' : char;
    }
    return out;
}
const countName = (text: string, name: string) => text.split('\n').map(codePart)
    .reduce((total, line) => total + (line.match(new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'))?.length ?? 0), 0);

// 1. -----------------------------------------------------------------------------------------------
test('the installed extension activates on a .riskpolicy file', async () => {
    const extension = vscode.extensions.getExtension(config.extensionId);
    assert.ok(extension, `extension ${config.extensionId} is not installed`);
    const installedIn = path.resolve(extension.extensionUri.fsPath);
    assert.ok(installedIn.startsWith(path.resolve(config.extensionsDir) + path.sep),
        `the extension runs from ${installedIn}, not from the .vsix installed into ${config.extensionsDir}`);
    await open(policyUri());
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'riskpolicy');
    // Activation (onLanguage:riskpolicy) starts when the document opens; its API has no event for
    // "activated", so poll the flag, bounded.
    const deadline = Date.now() + 60_000;
    while (!extension.isActive) {
        if (Date.now() > deadline) assert.fail(`${config.extensionId} is still not active 60 s after opening ${config.policyFile}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
});

test('diagnostics for the policy equal the CLI\'s (code and line), conformance checks included', async () => {
    await open(policyUri());
    const expected = expectedKeys();
    assert.ok(expected.size > 0, 'the CLI reported nothing for the policy: the comparison would prove nothing');
    await waitFor(vscode.languages.onDidChangeDiagnostics, shownKeys, shown => sameSet(shown, expected), 120_000,
        shown => difference(expected, shown));
    // Then finding by finding: the same (code, line, severity), as many times as the CLI reports it.
    const severityName = ['error', 'warning', 'information', 'hint'];
    const shownFindings = vscode.languages.getDiagnostics(policyUri()).map(d => `${key(codeOf(d), d.range.start.line)}:${severityName[d.severity]}`).sort();
    const expectedFindings = config.expectedDiagnostics.map(d => `${key(d.code, d.line)}:${d.severity}`).sort();
    assert.deepEqual(shownFindings, expectedFindings, 'the findings (code@line:severity, with repeats) differ from the CLI\'s');
}, 150_000);

// 2. -----------------------------------------------------------------------------------------------
test('hovering a rule that implements national requirements shows them with their national citations', async () => {
    const editor = await open(policyUri());
    const text = editor.document.getText();
    const declaration = text.indexOf(`rule ${config.hover.rule} `);
    assert.ok(declaration >= 0, `rule ${config.hover.rule} is not in ${config.policyFile}`);
    const position = editor.document.positionAt(declaration + 'rule '.length + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', policyUri(), position);
    const shown = hovers.flatMap(hover => hover.contents.map(content => typeof content === 'string' ? content : content.value)).join('\n');
    assert.ok(config.hover.citations.length > 0, 'the CLI lists no national citation for this rule');
    for (const requirement of config.hover.requirements) assert.ok(shown.includes(requirement), `hover does not name ${requirement}:\n${shown}`);
    for (const citation of config.hover.citations) assert.ok(shown.includes(citation), `hover does not cite ${citation}:\n${shown}`);
});

// 5. (before the edits below, so the scenarios run against the files as written) ------------------
test('"Run scenario" reports that the case passes', async () => {
    const uri = vscode.Uri.joinPath(folder(), config.scenario.file);
    await open(uri);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('riskpolicy.runScenario'), 'the command riskpolicy.runScenario is not registered');
    const outcome = await vscode.commands.executeCommand<unknown>('riskpolicy.runScenario', uri.toString(), config.scenario.caseName);
    assert.ok(outcome && typeof outcome === 'object',
        `riskpolicy.runScenario returned ${inspectValue(outcome)}; it should return the case outcome ({ name, passed, expectations, ... }) so that a caller can tell pass from fail`);
    const result = outcome as { name?: string; passed?: boolean; expectations?: Array<{ passed: boolean; message: string }> };
    assert.equal(result.name, config.scenario.caseName);
    assert.equal(result.passed, true, `the case failed: ${(result.expectations ?? []).filter(entry => !entry.passed).map(entry => entry.message).join('; ')}`);
    assert.ok((result.expectations ?? []).length > 0, 'the case checked no expectation');
});

test('"Show timeline" opens the timeline view of the case', async () => {
    const uri = vscode.Uri.joinPath(folder(), config.scenario.file);
    await open(uri);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('riskpolicy.showTimeline'), 'the command riskpolicy.showTimeline is not registered');
    const isTimeline = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && /riskpolicy\.timeline$/.test(tab.input.viewType) &&
        tab.label.includes(config.scenario.caseName);
    const timelineTabs = () => vscode.window.tabGroups.all.flatMap(group => group.tabs).filter(isTimeline);
    const returned = await vscode.commands.executeCommand<unknown>('riskpolicy.showTimeline', uri.toString(), config.scenario.caseName);
    const tabs = await waitFor(vscode.window.tabGroups.onDidChangeTabs, timelineTabs, found => found.length > 0, 30_000,
        () => `no timeline tab; open tabs: ${vscode.window.tabGroups.all.flatMap(group => group.tabs).map(tab => `${tab.label} (${tab.input instanceof vscode.TabInputWebview ? tab.input.viewType : typeof tab.input})`).join(', ')}`);
    assert.equal(tabs.length, 1);
    if (returned !== undefined) console.log(`      riskpolicy.showTimeline returned ${inspectValue(returned)}`);
    await vscode.window.tabGroups.close(tabs);
});

// 3. -----------------------------------------------------------------------------------------------
test('the quick fix for ambiguous days rewrites "20 days" as "20 working days"', async () => {
    const editor = await open(policyUri());
    const diagnostics = await waitForDiagnostics(policyUri(), all => all.some(d => codeOf(d) === 'ambiguous-days'), 120_000, 'no ambiguous-days finding');
    const finding = diagnostics.find(d => codeOf(d) === 'ambiguous-days')!;
    const line = finding.range.start.line;
    const before = editor.document.lineAt(line).text;
    assert.equal(editor.document.getText(finding.range), 'days');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', policyUri(), finding.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map(action => action.title);
    const fix = actions.find(action => action.title === 'Write \'working days\'');
    assert.ok(fix?.edit, `no "Write 'working days'" fix with an edit among: ${JSON.stringify(titles)}`);
    assert.ok(titles.includes('Write \'calendar days\''), `no "Write 'calendar days'" fix among: ${JSON.stringify(titles)}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'VS Code refused the edit');
    const start = finding.range.start.character;
    const expected = `${before.slice(0, start)}working days${before.slice(finding.range.end.character)}`;
    assert.equal(editor.document.lineAt(line).text, expected);
    // The server re-checks the edited text: the finding goes away.
    await waitForDiagnostics(policyUri(), all => !all.some(d => codeOf(d) === 'ambiguous-days' && d.range.start.line === line), 60_000,
        'ambiguous-days is still reported after the fix');
    await revertAll();
});

// 4. -----------------------------------------------------------------------------------------------
test('renaming a role updates every reference, in the policy and in its scenarios', async () => {
    const oldName = 'duty-manager';
    const newName = 'deputy-duty-manager';
    const files = (await vscode.workspace.findFiles('**/*.riskpolicy')).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    const before = new Map<string, number>();
    for (const file of files) before.set(file.toString(), countName((await vscode.workspace.openTextDocument(file)).getText(), oldName));
    const total = [...before.values()].reduce((sum, count) => sum + count, 0);
    const filesWithName = [...before].filter(([, count]) => count > 0).map(([uri]) => uri);
    assert.ok(filesWithName.length >= 2, `expected ${oldName} in the policy and a scenario; found it in ${filesWithName.join(', ')}`);
    for (const file of files) assert.equal(countName((await vscode.workspace.openTextDocument(file)).getText(), newName), 0, `${newName} already occurs in ${file}`);

    const editor = await open(policyUri());
    const declaration = editor.document.getText().indexOf(`role ${oldName} `);
    assert.ok(declaration >= 0, `role ${oldName} is not declared in ${config.policyFile}`);
    const position = editor.document.positionAt(declaration + 'role '.length + 1);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', policyUri(), position, newName);
    assert.ok(edit, 'the rename provider returned no edit');
    assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code refused the rename edit');

    const problems: string[] = [];
    let renamed = 0;
    for (const file of files) {
        const text = (await vscode.workspace.openTextDocument(file)).getText();
        const left = countName(text, oldName);
        const now = countName(text, newName);
        renamed += now;
        if (left > 0) problems.push(`${vscode.workspace.asRelativePath(file)} still has ${left} × ${oldName}`);
        if (now !== before.get(file.toString())) problems.push(`${vscode.workspace.asRelativePath(file)}: ${before.get(file.toString())} × ${oldName} before, ${now} × ${newName} after`);
    }
    assert.deepEqual(problems, [], `rename incomplete (${renamed} of ${total} occurrences renamed)`);
    await revertAll();
});

function inspectValue(value: unknown): string {
    try {
        return value === undefined ? 'undefined' : JSON.stringify(value).slice(0, 300);
    } catch {
        return String(value);
    }
}
