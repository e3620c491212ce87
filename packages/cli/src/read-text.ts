import { readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { UsageError } from './usage-error.js';
import { explainFileSystemError } from './file-system-error.js';
import type { InputFile } from './collect-files.js';

/** Reads a policy file as UTF-8 text, refusing unreadable, empty and binary files with a clear message. */
export function readText(file: InputFile): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(file.absolute);
    } catch (error) {
        throw new UsageError(`${file.display}: ${explainFileSystemError(error, file.display, 'read')}`);
    }
    if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
        throw new UsageError(`${file.display}:1:1: the file is empty. A ${'.riskpolicy'} file starts with 'policy', 'standard' or 'scenarios'.`);
    }
    if (bytes.includes(0)) {
        throw new UsageError(`${file.display}: this is a binary file, not RiskPolicy text.`);
    }
    if (!isUtf8(bytes)) {
        throw new UsageError(`${file.display}:${firstLineNotUtf8(bytes)}: the file is not valid UTF-8 text. Save it as UTF-8 (in Word: Save As, Plain Text, Unicode (UTF-8)).`);
    }
    return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** A newline byte is never part of a multi-byte UTF-8 sequence, so each line can be checked on its own. */
function firstLineNotUtf8(bytes: Buffer): number {
    let start = 0;
    for (let line = 1; ; line++) {
        const end = bytes.indexOf(0x0a, start);
        if (!isUtf8(bytes.subarray(start, end === -1 ? bytes.length : end))) return line;
        if (end === -1) return line;
        start = end + 1;
    }
}
