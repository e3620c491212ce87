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
import { Parts, ui } from './workbench-ui.js';

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
    /** The CLI's findings with `--standards <pack>`, for the standard-packs setting. */
    withPack: { pack: string; expectedDiagnostics: ExpectedDiagnostic[] };
    /** A case whose dates pass in England and Wales and fail under `calendar.region`. */
    regional: { region: string; file: string; caseName: string };
    /** The CLI's findings with `--severity` set to these overrides. */
    overridden: { overrides: Record<string, string>; expectedDiagnostics: ExpectedDiagnostic[] };
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

/** Resolves the next time diagnostics for `uri` are published; rejects after `ms`. */
function nextDiagnosticsOf(uri: vscode.Uri, ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => { subscription.dispose(); reject(new Error(`no diagnostics published for ${uri.toString()} within ${ms / 1000} s`)); }, ms);
        const subscription = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(changed => changed.toString() === uri.toString())) {
                clearTimeout(timer);
                subscription.dispose();
                resolve();
            }
        });
    });
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

// 6. Through the workbench UI, as a user does it -------------------------------------------------
const allTabs = () => vscode.window.tabGroups.all.flatMap(group => group.tabs);
const webviewTabs = (viewType: string) => () => allTabs().filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(viewType));
const describeTabs = () => `open tabs: ${allTabs().map(tab => `${tab.label} (${tab.input instanceof vscode.TabInputWebview ? tab.input.viewType : typeof tab.input})`).join(', ')}`;

/** Runs a command from the Command Palette by its title, as a user would. */
async function fromCommandPalette(title: string): Promise<void> {
    await ui.press('Control+Shift+P');
    await ui.waitFor(Parts.quickInputBox);
    await ui.type(title);
    await ui.waitFor(Parts.quickInputRow, title);
    await ui.press('Enter');
}

/** Answers the input box that asks `prompt`: its text replaced by `value`, then Enter. */
async function answer(prompt: string, value: string): Promise<void> {
    await ui.waitFor(Parts.quickInput, prompt);
    await ui.press('Control+A');
    await ui.type(value);
    await ui.press('Enter');
}

/** Clears the notifications and shows the (empty) Notifications Center, where new ones then appear. */
async function watchNotifications(): Promise<void> {
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('notifications.showList');
}

async function closeNotifications(): Promise<void> {
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('notifications.hideList');
}

test('Run Cohort… from the Command Palette asks for cases and seed in input boxes and opens the cohort chart', async () => {
    await open(policyUri());
    const cohortTabs = webviewTabs('riskpolicy.cohort');
    await vscode.window.tabGroups.close(cohortTabs());
    await fromCommandPalette('RiskPolicy: Run Cohort');
    await answer('How many synthetic cases?', '150');
    await answer('Random seed', '7');
    const tabs = await waitFor(vscode.window.tabGroups.onDidChangeTabs, cohortTabs, found => found.length === 1, 60_000, describeTabs);
    assert.equal(tabs[0].label, 'Cohort: somerset');
    await vscode.window.tabGroups.close(tabs);
}, 120_000);

test('the Cancel button of the cohort\'s progress notification stops the run and no chart opens', async () => {
    await open(policyUri());
    await vscode.commands.executeCommand('notifications.clearAll');
    const cohortTabs = webviewTabs('riskpolicy.cohort');
    await fromCommandPalette('RiskPolicy: Run Cohort');
    await answer('How many synthetic cases?', '400000');
    await answer('Random seed', '1');
    await vscode.commands.executeCommand('notifications.showList');
    await ui.waitFor(Parts.notification, 'Simulating 400000 cases', 30_000);
    await ui.click(Parts.notificationButton, 'Cancel');
    // The centre closes when its last notification (the progress) goes; open it again for the next.
    await ui.waitForGone(Parts.notification, 'Simulating 400000 cases', 30_000);
    await vscode.commands.executeCommand('notifications.showList');
    await ui.waitFor(Parts.notification, 'cohort run cancelled', 30_000);
    assert.equal(cohortTabs().length, 0, `a cohort chart opened after the run was cancelled; ${describeTabs()}`);
    await closeNotifications();
}, 120_000);

test('Simulate Scenario… offers the workspace\'s cases in a quick pick and opens the timeline of the one picked', async () => {
    const timelineTabs = () => webviewTabs('riskpolicy.timeline')().filter(tab => tab.label.includes(config.scenario.caseName));
    await vscode.window.tabGroups.close(timelineTabs());
    await open(policyUri());
    await fromCommandPalette('RiskPolicy: Simulate Scenario');
    await ui.waitFor(Parts.quickInputRow, config.scenario.caseName);
    await ui.type(config.scenario.caseName);
    await ui.press('Enter');
    const tabs = await waitFor(vscode.window.tabGroups.onDidChangeTabs, timelineTabs, found => found.length === 1, 60_000, describeTabs);
    await vscode.window.tabGroups.close(tabs);
}, 120_000);

test('clicking a scenario\'s "Run scenario" code lens tells the user the case passed', async () => {
    await watchNotifications();
    const editor = await open(vscode.Uri.joinPath(folder(), config.scenario.file));
    const caseLine = editor.document.getText().split('\n').findIndex(line => line.startsWith(`case "${config.scenario.caseName}"`));
    assert.ok(caseLine >= 0, `case "${config.scenario.caseName}" is not in ${config.scenario.file}`);
    editor.revealRange(new vscode.Range(caseLine, 0, caseLine, 0), vscode.TextEditorRevealType.AtTop);
    const before = editor.document.getText().split('\n').slice(0, caseLine).filter(line => line.startsWith('case "')).length;
    assert.equal(before, 0, 'the first "Run scenario" lens on screen must be this case\'s: make it the first case of the file');
    await ui.click(Parts.codeLens, 'Run scenario', 60_000);
    await ui.waitFor(Parts.notification, `Passed: "${config.scenario.caseName}"`, 60_000);
    await closeNotifications();
}, 120_000);

test('the Testing view lists the scenario files and shows them passed after Run All Tests', async () => {
    await vscode.commands.executeCommand('workbench.view.testing.focus');
    const files = (await vscode.workspace.findFiles('scenarios/*.riskpolicy')).map(uri => vscode.workspace.asRelativePath(uri)).sort();
    assert.ok(files.length >= 2, `expected scenario files in the workspace, found ${files.join(', ')}`);
    for (const file of files) await ui.waitFor(Parts.testRow, file, 60_000);
    await fromCommandPalette('Test: Run All Tests');
    const passed = `${Parts.testRow} .codicon-testing-passed-icon`;
    const deadline = Date.now() + 90_000;
    while (await ui.count(passed) < files.length) {
        if (Date.now() > deadline) assert.fail(`after Run All Tests, ${await ui.count(passed)} of ${files.length} scenario files show as passed; rows: ${(await ui.texts(Parts.testRow)).join(' | ')}`);
        await ui.waitFor(passed, undefined, 5_000).catch(() => undefined);
    }
    assert.equal(await ui.count(`${Parts.testRow} .codicon-testing-failed-icon`), 0, 'a scenario shows as failed');
    await ui.screenshot('testing-view');
}, 150_000);

test('the Testing view follows the files on disk: a scenario file written and then deleted outside the editor appears and goes', async () => {
    await vscode.commands.executeCommand('workbench.view.testing.focus');
    const name = 'written-outside.riskpolicy';
    const uri = vscode.Uri.joinPath(folder(), 'scenarios', name);
    const text = `scenarios for somerset\ncase "written outside the editor"\n    2025-01-06 RoSH assessed High\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
        await ui.waitFor(Parts.testRow, `scenarios/${name}`, 60_000);
    } finally {
        await vscode.workspace.fs.delete(uri);
    }
    await ui.waitForGone(Parts.testRow, `scenarios/${name}`, 60_000);
}, 150_000);

test('"Run scenario" on a file the server refuses to run says why, not that the case is missing', async () => {
    await watchNotifications();
    const editor = await open(vscode.Uri.joinPath(folder(), config.scenario.file));
    const caseLine = editor.document.getText().split('\n').findIndex(line => line.startsWith(`case "${config.scenario.caseName}"`));
    // An absence of a role the policy does not have, after the case's facts: one error in the file.
    const lines = editor.document.getText().split('\n');
    const afterFacts = lines.findIndex((line, index) => index > caseLine && !/^\s+(born|type|child is) /.test(line) && !line.startsWith('case'));
    await editor.edit(edit => edit.insert(new vscode.Position(afterFacts, 0), '    no-such-role unavailable 2025-01-01 to 2025-01-02\n'));
    const errors = () => vscode.languages.getDiagnostics(editor.document.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);
    try {
        await waitForDiagnostics(editor.document.uri, () => errors().length === 1, 60_000, `the inserted line does not give exactly one error: ${errors().map(d => d.message).join('; ')}`);
        const outcome = await vscode.commands.executeCommand<unknown>('riskpolicy.runScenario', editor.document.uri.toString(), config.scenario.caseName);
        assert.equal(outcome, undefined, 'a case in a file with errors was run');
        await ui.waitFor(Parts.notification, `could not run "${config.scenario.caseName}": Fix the 1 error in this scenario file first`, 30_000);
    } finally {
        await revertAll();
        await closeNotifications();
        await waitForDiagnostics(editor.document.uri, () => errors().length === 0, 60_000, 'the scenario file still has errors after the edit was reverted');
    }
}, 120_000);

test('the editor title offers Show National Coverage on a policy and not on its scenarios', async () => {
    await open(policyUri());
    await ui.waitFor(Parts.editorTitleAction, 'Show National Coverage', 30_000);
    await open(vscode.Uri.joinPath(folder(), config.scenario.file));
    await ui.waitForGone(Parts.editorTitleAction, 'Show National Coverage', 30_000);
    await open(policyUri());
    await ui.waitFor(Parts.editorTitleAction, 'Show National Coverage', 30_000);
}, 120_000);

test('Show National Coverage twice shows one tab, and it follows an edit of the policy', async () => {
    const coverageTabs = webviewTabs('riskpolicy.coverage');
    await vscode.window.tabGroups.close(coverageTabs());
    const editor = await open(policyUri());
    await vscode.commands.executeCommand('riskpolicy.showCoverage', policyUri().toString());
    await vscode.commands.executeCommand('riskpolicy.showCoverage', policyUri().toString());
    const tabs = await waitFor(vscode.window.tabGroups.onDidChangeTabs, coverageTabs, found => found.length === 1, 60_000, describeTabs);
    assert.equal(tabs[0].label, 'Coverage: somerset');
    // A policy renamed in the editor: the open tab is brought up to date without being asked.
    const header = editor.document.getText().split('\n').findIndex(line => line.startsWith('policy somerset'));
    await editor.edit(edit => edit.replace(new vscode.Range(header, 7, header, 15), 'somerset-draft'));
    try {
        await waitFor(vscode.window.tabGroups.onDidChangeTabs, coverageTabs, found => found.length === 1 && found[0].label === 'Coverage: somerset-draft', 60_000, describeTabs);
    } finally {
        await revertAll();
        await vscode.window.tabGroups.close(coverageTabs());
    }
}, 150_000);

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

// 7. Settings ----------------------------------------------------------------------------------------
test('riskpolicy.standards.packs adds a pack\'s findings, the same the CLI gives with --standards, and clearing it takes them away', async () => {
    const settings = vscode.workspace.getConfiguration('riskpolicy');
    await open(policyUri());
    // Every missing national duty is reported at the `conforms to` line: compare with repeats.
    const withPack = config.withPack.expectedDiagnostics.map(d => key(d.code, d.line)).sort();
    const without = config.expectedDiagnostics.map(d => key(d.code, d.line)).sort();
    const shownList = () => vscode.languages.getDiagnostics(policyUri()).map(d => key(codeOf(d), d.range.start.line)).sort();
    const same = (expected: string[]) => (shown: string[]) => shown.length === expected.length && shown.every((entry, index) => entry === expected[index]);
    const explain = (expected: string[]) => (shown: string[]) => {
        const rest = [...shown];
        const missing = expected.filter(entry => { const at = rest.indexOf(entry); if (at < 0) return true; rest.splice(at, 1); return false; });
        return `${shown.length} findings shown, ${expected.length} expected from the CLI; missing in VS Code: [${missing.join(', ')}]; only in VS Code: [${rest.join(', ')}]`;
    };
    assert.ok(withPack.length > without.length, `--standards ${config.withPack.pack} adds no finding: the comparison would prove nothing`);
    await settings.update('standards.packs', [config.withPack.pack], vscode.ConfigurationTarget.Workspace);
    try {
        await waitFor(vscode.languages.onDidChangeDiagnostics, shownList, same(withPack), 120_000, explain(withPack));
        const messages = vscode.languages.getDiagnostics(policyUri()).map(d => d.message);
        assert.ok(messages.some(message => message.includes(`carries out ${config.withPack.pack}.`)), `no finding names ${config.withPack.pack}`);
    } finally {
        await settings.update('standards.packs', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(vscode.languages.onDidChangeDiagnostics, shownList, same(without), 120_000, explain(without));
}, 300_000);

test('riskpolicy.calendar.region moves the deadlines of a policy without a calendar line', async () => {
    const settings = vscode.workspace.getConfiguration('riskpolicy');
    const uri = vscode.Uri.joinPath(folder(), config.regional.file).toString();
    const run = async () => (await vscode.commands.executeCommand<{ passed: boolean } | undefined>('riskpolicy.runScenario', uri, config.regional.caseName))?.passed;
    assert.equal(await run(), true, `"${config.regional.caseName}" fails with England and Wales bank holidays`);
    // The server re-checks the workspace when the setting changes; the policy's diagnostics are
    // published again once it has, and from then on it runs cases on the new calendar.
    const rechecked = nextDiagnosticsOf(policyUri(), 60_000);
    await settings.update('calendar.region', config.regional.region, vscode.ConfigurationTarget.Workspace);
    try {
        await rechecked;
        assert.equal(await run(), false, `"${config.regional.caseName}" still passes with calendar.region ${config.regional.region}`);
    } finally {
        const restored = nextDiagnosticsOf(policyUri(), 60_000);
        await settings.update('calendar.region', undefined, vscode.ConfigurationTarget.Workspace);
        await restored;
    }
    assert.equal(await run(), true, `"${config.regional.caseName}" still fails after calendar.region is cleared`);
    await closeNotifications();
}, 120_000);

test('riskpolicy.severity.overrides hides and lowers findings as the CLI\'s --severity does, and clearing it restores them', async () => {
    const settings = vscode.workspace.getConfiguration('riskpolicy');
    await open(policyUri());
    const severityName = ['error', 'warning', 'information', 'hint'];
    const findingsOf = (expected: ExpectedDiagnostic[]) => expected.map(d => `${key(d.code, d.line)}:${d.severity}`).sort();
    const shownList = () => vscode.languages.getDiagnostics(policyUri()).map(d => `${key(codeOf(d), d.range.start.line)}:${severityName[d.severity]}`).sort();
    const same = (expected: string[]) => (shown: string[]) => shown.length === expected.length && shown.every((entry, index) => entry === expected[index]);
    const overridden = findingsOf(config.overridden.expectedDiagnostics);
    const plain = findingsOf(config.expectedDiagnostics);
    for (const code of Object.keys(config.overridden.overrides)) {
        assert.ok(plain.some(entry => entry.startsWith(`${code}@`)), `the CLI reports no ${code} for the policy: overriding it would prove nothing`);
    }
    await settings.update('severity.overrides', config.overridden.overrides, vscode.ConfigurationTarget.Workspace);
    try {
        await waitFor(vscode.languages.onDidChangeDiagnostics, shownList, same(overridden), 120_000,
            shown => `${shown.length} findings shown, ${overridden.length} expected from riskpolicy check --severity`);
    } finally {
        await settings.update('severity.overrides', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(vscode.languages.onDidChangeDiagnostics, shownList, same(plain), 120_000,
        shown => `${shown.length} findings shown after clearing the overrides, ${plain.length} expected`);
}, 300_000);

function inspectValue(value: unknown): string {
    try {
        return value === undefined ? 'undefined' : JSON.stringify(value).slice(0, 300);
    } catch {
        return String(value);
    }
}
