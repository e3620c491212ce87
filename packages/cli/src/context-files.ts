import { readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { EXTENSION, type InputFile } from './collect-files.js';

/**
 * Policies next to the given files (same folder and the folder above), loaded so that a scenario
 * file checked on its own finds the policy it names. Their findings are not reported.
 */
export function contextFiles(inputs: InputFile[]): string[] {
    const given = new Set(inputs.map(input => input.absolute));
    const folders = new Set(inputs.flatMap(input => [dirname(input.absolute), dirname(dirname(input.absolute))]));
    const found = new Set<string>();
    for (const folder of folders) {
        let entries: string[] = [];
        try {
            entries = readdirSync(folder);
        } catch {
            continue;
        }
        entries.filter(name => extname(name) === EXTENSION).map(name => join(folder, name))
            .filter(path => !given.has(path))
            .forEach(path => found.add(path));
    }
    return [...found].sort();
}
