import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { CohortCancelled, mixFrom, renderCohortCsv, renderCohortHtml, runCohort, DEFAULT_MIX, type CohortMix } from '@riskpolicy/engine';
import { ast } from '@riskpolicy/language';
import { collectFiles } from '../collect-files.js';
import { checkSettingsFrom, type CheckSettingsOptions } from '../check-settings-options.js';
import { loadWorkspace } from '../load-workspace.js';
import { ExitCode, UsageError } from '../usage-error.js';
import { writeAtomically } from '../write-atomically.js';
import type { Output } from '../output.js';

export interface CohortOptions extends CheckSettingsOptions {
    cases: string;
    seed: string;
    from: string;
    months: string;
    mix?: string;
    format: string;
    out?: string;
}

/** Exit code after Ctrl-C, as shells expect (128 + SIGINT). */
const INTERRUPTED = 130;

function wholeNumber(name: string, value: string, least: number): number {
    if (!/^\d+$/.test(value) || Number(value) < least) {
        throw new UsageError(`${name} must be a whole number of at least ${least}, not '${value}'.`);
    }
    return Number(value);
}

function readMix(path: string | undefined): CohortMix {
    if (!path) return DEFAULT_MIX;
    let text: string;
    try {
        text = readFileSync(path, 'utf8');
    } catch {
        throw new UsageError(`${path}: cannot read the mix file.`);
    }
    try {
        return mixFrom(JSON.parse(text));
    } catch (error) {
        const detail = error instanceof SyntaxError ? 'not valid JSON' : 'does not match the mix format (see `riskpolicy cohort --help`)';
        throw new UsageError(`${path}: the mix file is ${detail}.`);
    }
}

/** `riskpolicy cohort`: synthetic cases through a policy; workload, panel load, sign-offs and breach rates. */
export async function cohort(policyPath: string, options: CohortOptions, output: Output): Promise<number> {
    if (!['json', 'csv', 'html'].includes(options.format)) {
        throw new UsageError(`--format must be json, csv or html, not '${options.format}'.`);
    }
    const cases = wholeNumber('--cases', options.cases, 1);
    const seed = wholeNumber('--seed', options.seed, 0);
    const months = wholeNumber('--months', options.months, 1);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.from) || Number.isNaN(Date.parse(options.from))) {
        throw new UsageError(`--from must be a date written YYYY-MM-DD, not '${options.from}'.`);
    }
    const mix = readMix(options.mix);
    const workspace = await loadWorkspace(collectFiles([policyPath]), checkSettingsFrom(options));
    const policies = workspace.files.filter(({ document }) => ast.isPolicy(document.parseResult.value));
    if (policies.length > 1) {
        throw new UsageError(`${policyPath}: cohort takes one policy file; this folder holds ${policies.length} policies. Name one of them, e.g. ${policies[0].file.display}.`);
    }
    if (policies.length === 0) {
        throw new UsageError(`${workspace.files.length === 1 ? workspace.files[0].file.display : policyPath}: cohort takes a policy.`);
    }
    const [{ document, file }] = policies;
    const analysis = workspace.services.analysis.PolicyAnalysis.analyse(document);
    if (!analysis) {
        throw new UsageError(`${file.display}: the policy does not parse; run riskpolicy check on it first.`);
    }
    const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'Simulating cases [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
    let interrupted = false;
    const onInterrupt = () => { interrupted = true; };
    process.once('SIGINT', onInterrupt);
    const started = Date.now();
    bar?.start(cases, 0);
    try {
        const report = await runCohort(analysis.policy, analysis.standards, { cases, seed, from: options.from, months, mix }, {
            progress: done => bar?.update(done),
            cancelled: () => interrupted
        });
        bar?.stop();
        const text = options.format === 'csv' ? renderCohortCsv(report) : options.format === 'html' ? renderCohortHtml(report) : `${JSON.stringify(report, null, 2)}\n`;
        if (options.out) writeAtomically(options.out, text);
        else output.out(text);
        output.err(`Simulated ${cases} case${cases === 1 ? '' : 's'} (${report.obligations} obligations) in ${((Date.now() - started) / 1000).toFixed(1)} s${options.out ? `; wrote ${options.out}` : ''}.`);
        return ExitCode.Ok;
    } catch (error) {
        bar?.stop();
        if (error instanceof CohortCancelled) {
            output.err(`riskpolicy: cancelled after ${error.done} of ${cases} cases; nothing written.`);
            return INTERRUPTED;
        }
        throw error;
    } finally {
        process.removeListener('SIGINT', onInterrupt);
    }
}
