import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

export const EXTENSION = '.riskpolicy';

/** A file to load: where it is, and how to name it in messages (as the user would type it). */
export interface InputFile {
    absolute: string;
    display: string;
}

function walk(folder: string): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) {
            continue;
        }
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            found.push(...walk(path));
        } else if (entry.isFile() && extname(entry.name) === EXTENSION) {
            found.push(path);
        }
    }
    return found;
}

/**
 * The `.riskpolicy` files named by `paths` (files, or folders searched recursively), in a stable order.
 * Throws UsageError for a missing path, a file with another extension, or a folder with no policies.
 */
export function collectFiles(paths: string[], cwd = process.cwd()): InputFile[] {
    if (paths.length === 0) {
        throw new UsageError('no files given. Name .riskpolicy files or folders, e.g. `riskpolicy check examples`.');
    }
    const files = new Map<string, InputFile>();
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch {
            throw new UsageError(`${path}: no such file or folder.`);
        }
        if (stats.isDirectory()) {
            const inside = walk(absolute);
            if (inside.length === 0) {
                throw new UsageError(`${path}: this folder holds no ${EXTENSION} files.`);
            }
            inside.forEach(file => files.set(file, { absolute: file, display: relative(cwd, file) || file }));
        } else if (extname(absolute) !== EXTENSION) {
            throw new UsageError(`${path}: not a ${EXTENSION} file. RiskPolicy reads policies, standards and scenarios saved with the ${EXTENSION} extension.`);
        } else {
            files.set(absolute, { absolute, display: path });
        }
    }
    return [...files.values()];
}
