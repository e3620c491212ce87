import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding the national baseline packs and the prelude, one `.riskpolicy` file each. */
export const packsDirectory = join(dirname(fileURLToPath(import.meta.url)), 'packs');

/**
 * Every bundled pack, prelude first, as `{ name, fileName, text }`.
 * `name` is the file name without its extension.
 */
export function bundledPacks() {
    const files = readdirSync(packsDirectory).filter(file => file.endsWith('.riskpolicy')).sort();
    const ordered = [...files.filter(file => file === 'prelude.riskpolicy'), ...files.filter(file => file !== 'prelude.riskpolicy')];
    return ordered.map(fileName => ({
        name: fileName.replace(/\.riskpolicy$/, ''),
        fileName,
        text: readFileSync(join(packsDirectory, fileName), 'utf8')
    }));
}
