// How much do the whole-policy checks (conformance to the national packs, consistency) cost on a
// real policy, compared with the single-document checks? Both measured on the Enfield example,
// in the same run; the analysis cache is cleared between runs by rebuilding the document.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createRiskPolicyServices } from '@riskpolicy/language';

const text = readFileSync(new URL('../../examples/enfield/enfield.riskpolicy', import.meta.url), 'utf8');

async function median(categories, repeats) {
    const { shared } = createRiskPolicyServices(EmptyFileSystem);
    await shared.workspace.Builtins.load();
    const samples = [];
    for (let run = 0; run < repeats; run++) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///bench/enfield-${run}.riskpolicy`));
        shared.workspace.LangiumDocuments.addDocument(document);
        globalThis.gc?.();
        const start = performance.now();
        await shared.workspace.DocumentBuilder.build([document], { validation: { categories } });
        samples.push(performance.now() - start);
        shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
    return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

export async function wholePolicyAnalysis() {
    await median(['built-in', 'fast', 'slow'], 2); // warm up
    const fast = await median(['built-in', 'fast'], 7);
    const all = await median(['built-in', 'fast', 'slow'], 7);
    return {
        name: 'Whole-policy analysis on the Enfield example (conformance to 6 packs and consistency)',
        lines: [
            `full check / single-document checks: ${(all / fast).toFixed(2)}x`,
            `(single-document checks ${fast.toFixed(0)} ms, full check ${all.toFixed(0)} ms on this machine)`
        ]
    };
}
