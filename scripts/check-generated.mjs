// Fails when the committed Langium output, TextMate grammar or IR JSON Schema differ from what
// the grammar and the zod schema produce now. Run after `npm run build`.
import { execFileSync } from 'node:child_process';

const generated = [
    'packages/language/src/generated',
    'packages/vscode/syntaxes',
    'packages/engine/schema'
];

function git(...args) {
    return execFileSync('git', args, { encoding: 'utf8' });
}

execFileSync(process.execPath, ['--import', './scripts/object-groupby-polyfill.mjs', 'node_modules/langium-cli/bin/langium.js', 'generate'], { stdio: 'inherit' });
execFileSync(process.execPath, ['packages/engine/out/emit-json-schema.js'], { stdio: 'inherit' });
const status = git('status', '--porcelain', '--', ...generated).trim();
if (status) {
    console.error('Generated files are stale or untracked; run `npm run build` and commit them:\n' + status);
    process.exit(1);
}
console.log('Generated files are up to date.');
