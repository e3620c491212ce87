import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error.js';
import type { InputFile } from './collect-files.js';

/** Reads a policy file as UTF-8 text, refusing unreadable, empty and binary files with a clear message. */
export function readText(file: InputFile): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(file.absolute);
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : 'cannot be read';
        throw new UsageError(`${file.display}: ${reason}.`);
    }
    if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
        throw new UsageError(`${file.display}:1:1: the file is empty. A ${'.riskpolicy'} file starts with 'policy', 'standard' or 'scenarios'.`);
    }
    if (bytes.includes(0)) {
        throw new UsageError(`${file.display}: this is a binary file, not RiskPolicy text.`);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\uFFFD')) {
        throw new UsageError(`${file.display}: the file is not valid UTF-8 text. Save it as UTF-8.`);
    }
    return text.replace(/^\uFEFF/, '');
}
