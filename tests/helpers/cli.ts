import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = join(repositoryRoot, 'packages', 'cli', 'bin', 'riskpolicy.js');

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the real `riskpolicy` binary with `args` in `cwd`. */
export function runCli(args: string[], cwd = repositoryRoot): CliResult {
    const result = spawnSync(process.execPath, [binary, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding the given files (paths relative to it). */
export function temporaryFolder(files: Record<string, string | Buffer> = {}): string {
    const folder = mkdtempSync(join(tmpdir(), 'riskpolicy-test-'));
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), content);
    }
    return folder;
}
