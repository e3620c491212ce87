import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding the national baseline packs and the prelude, one `.riskpolicy` file each. */
export const packsDirectory = join(dirname(fileURLToPath(import.meta.url)), 'packs');

/**
 * Every bundled pack, prelude first, as `{ name, fileName, text }`.
 * `name` is the file name without its extension.
 * A bundle that cannot read this folder at run time (the VS Code extension's language server)
 * sets `globalThis.RISKPOLICY_BUNDLED_PACKS` to the same array, read at build time; it wins.
 */
export function bundledPacks() {
    if (globalThis.RISKPOLICY_BUNDLED_PACKS) {
        return globalThis.RISKPOLICY_BUNDLED_PACKS;
    }
    const files = readdirSync(packsDirectory).filter(file => file.endsWith('.riskpolicy')).sort();
    const ordered = [...files.filter(file => file === 'prelude.riskpolicy'), ...files.filter(file => file !== 'prelude.riskpolicy')];
    return ordered.map(fileName => ({
        name: fileName.replace(/\.riskpolicy$/, ''),
        fileName,
        text: readFileSync(join(packsDirectory, fileName), 'utf8')
    }));
}
