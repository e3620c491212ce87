// A very small test runner for the extension host: tests run one after another, each with its own
// time limit, and the run fails (run() rejects) when any test fails. VS Code turns a rejected
// run() into a non-zero exit code of the test process.
import { inspect } from 'node:util';

interface TestCase {
    name: string;
    body: () => Promise<void>;
    timeoutMs: number;
}

const registered: TestCase[] = [];
let failureHook: ((name: string) => Promise<unknown>) | undefined;

/** Called after a test fails, before the next starts (a screenshot of the workbench, say). */
export function onFailure(hook: (name: string) => Promise<unknown>): void {
    failureHook = hook;
}

export function test(name: string, body: () => Promise<void>, timeoutMs = 180_000): void {
    registered.push({ name, body, timeoutMs });
}

function withTimeout(promise: Promise<void>, ms: number, name: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`"${name}" did not finish within ${ms / 1000} s`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function runRegistered(): Promise<void> {
    const failures: string[] = [];
    const started = Date.now();
    console.log(`\nRiskPolicy end-to-end tests in VS Code (${registered.length} tests)`);
    for (const testCase of registered) {
        const t0 = Date.now();
        try {
            await withTimeout(testCase.body(), testCase.timeoutMs, testCase.name);
            console.log(`  ✔ ${testCase.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
        } catch (error) {
            failures.push(testCase.name);
            const detail = error instanceof Error ? (error.stack ?? error.message) : inspect(error);
            console.log(`  ✘ ${testCase.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n${detail.replace(/^/gm, '      ')}`);
            await failureHook?.(testCase.name).catch(hookError => console.log(`      (after the failure: ${hookError})`));
        }
    }
    const passed = registered.length - failures.length;
    console.log(`\n${passed} passed, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (failures.length) {
        throw new Error(`${failures.length} end-to-end test(s) failed: ${failures.join('; ')}`);
    }
}
