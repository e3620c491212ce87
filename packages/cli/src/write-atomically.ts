import { renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { UsageError } from './usage-error.js';
import { explainFileSystemError } from './file-system-error.js';

/** Writes the whole file or nothing: a temporary file beside the target, then a rename. */
export function writeAtomically(path: string, content: string): void {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, content);
        renameSync(temporary, path);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw new UsageError(`${path}: not written: ${explainFileSystemError(error, path, 'write')}`);
    }
}
