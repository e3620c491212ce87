//@ts-check
// Bundles the extension (VS Code loads it with require) and the language server (VS Code forks
// it with Node) into CommonJS files under out/: `node esbuild.mjs [--minify] [--watch]`.
// Run `tsc -b` (the root `npm run build`) first: the server imports @riskpolicy/language's out/.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundledPacks } from '@riskpolicy/standards';

const packageFolder = fileURLToPath(new URL('.', import.meta.url));

const minify = process.argv.includes('--minify');
const watch = process.argv.includes('--watch'); // the packs are read once, at start

// import.meta.url does not exist in CommonJS: give bundled ES modules the bundle's own URL.
const importMetaUrl = 'var __riskpolicy_import_meta_url = require("url").pathToFileURL(__filename).href;';
// @riskpolicy/standards reads the national packs from its own folder at run time, which the
// bundle leaves behind: embed them now; its bundledPacks() returns this global when it is set.
const packList = bundledPacks();
const packs = `globalThis.RISKPOLICY_BUNDLED_PACKS = ${JSON.stringify(packList)};`;

/** @type {import('esbuild').BuildOptions} */
const common = {
    absWorkingDir: packageFolder,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.cjs' },
    external: ['vscode'],
    define: { 'import.meta.url': '__riskpolicy_import_meta_url' },
    sourcemap: !minify,
    minify,
    logLevel: 'warning'
};

const builds = [
    { ...common, entryPoints: { 'extension/main': 'src/extension/main.ts' }, outdir: 'out', banner: { js: importMetaUrl } },
    { ...common, entryPoints: { 'language/main': 'src/language/main.ts' }, outdir: 'out', banner: { js: `${importMetaUrl}\n${packs}` } }
];

const contexts = await Promise.all(builds.map(options => esbuild.context(options)));
if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
    console.log('esbuild: watching the bundled sources for changes');
} else {
    if (minify) {
        // A minified bundle has no source map: drop the development build's, now stale.
        for (const entry of ['extension', 'language']) rmSync(new URL(`out/${entry}/main.cjs.map`, import.meta.url), { force: true });
    }
    await Promise.all(contexts.map(context => context.rebuild()));
    await Promise.all(contexts.map(context => context.dispose()));
    console.log(`esbuild: out/extension/main.cjs and out/language/main.cjs (${minify ? 'minified' : 'with source maps'}, ${packList.length} packs embedded)`);
}
