import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repositoryRoot } from '../helpers/cli.js';

test('a reader that stops after one line (| head -1) gets no stack trace, and the exit code is still the check\'s', () => {
    const binary = join(repositoryRoot, 'packages', 'cli', 'bin', 'riskpolicy.js');
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${binary}" check examples | head -c 1 >/dev/null`],
        { cwd: repositoryRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).not.toMatch(/EPIPE|Error:|\n\s+at /);
    expect(result.status).toBe(1);
});
