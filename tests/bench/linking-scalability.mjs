// Does checking a policy grow linearly with its size? Builds generated policies of n and 4n rules
// (each rule naming several roles, a panel, scales and events) and compares the time of a full check
// (parse, link, validate) with the time of parsing alone. Linear growth gives a size ratio near 4;
// a quadratic scope lookup would show near 16.
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createRiskPolicyServices } from '@riskpolicy/language';

function generatedPolicy(rules) {
    const lines = ['policy generated "Generated"', 'role case-holder', 'role line-manager senior to case-holder', 'panel MARP meets every 2 weeks on Tuesday'];
    for (let index = 0; index < rules; index++) {
        lines.push(`role worker-${index} senior to case-holder`);
        lines.push(`rule rule-${index} [003:${index + 1}]`);
        lines.push('    when RoSH or SaW becomes High or above');
        lines.push(`    case-holder must "task ${index}" with worker-${index} within 24 hours of the judgement countersigned by line-manager`);
        lines.push('    case-holder must refer to MARP by the next meeting of MARP');
    }
    return lines.join('\n');
}

async function time(action, repeats) {
    const samples = [];
    for (let run = 0; run < repeats; run++) {
        globalThis.gc?.();
        const start = performance.now();
        await action();
        samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)];
}

async function measure(rules) {
    const text = generatedPolicy(rules);
    const { shared, RiskPolicy } = createRiskPolicyServices(EmptyFileSystem);
    await shared.workspace.Builtins.load();
    let counter = 0;
    const parseOnly = await time(async () => { RiskPolicy.parser.LangiumParser.parse(text); }, 7);
    const fullCheck = await time(async () => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///bench/${rules}-${counter++}.riskpolicy`));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }, 7);
    return { parseOnly, fullCheck };
}

export async function linkingScalability() {
    const small = 250;
    await measure(50); // warm up the JIT
    await measure(small);
    const base = await measure(small);
    const large = await measure(small * 4);
    return {
        name: `Linking and validation scale with policy size (${small} vs ${small * 4} rules)`,
        lines: [
            `full check / parse only, ${small} rules: ${(base.fullCheck / base.parseOnly).toFixed(2)}x`,
            `full check / parse only, ${small * 4} rules: ${(large.fullCheck / large.parseOnly).toFixed(2)}x`,
            `full check, 4x the rules: ${(large.fullCheck / base.fullCheck).toFixed(2)}x the time (linear = 4, quadratic = 16)`,
            `parse only, 4x the rules: ${(large.parseOnly / base.parseOnly).toFixed(2)}x the time (the baseline's own growth)`
        ]
    };
}
