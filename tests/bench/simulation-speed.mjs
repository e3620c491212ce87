// The simulator against the least work that could produce the same due dates: a hand-written loop
// that, for the same synthetic cases, computes each triggered duty's due date straight from the
// calendar. Both count "obligation steps" (a duty opened and dated); the ratio is the simulator's
// overhead for explanations, stand-ins, sittings, cadences and escalations. Then the 100,000-case
// cohort on the Somerset example, with a 1,000-case run as its own baseline.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createRiskPolicyServices } from '@riskpolicy/language';
import { addDuration, CaseRandom, createWorkingCalendar, DEFAULT_MIX, generateCase, runCohort, simulateCase, Vocabulary } from '@riskpolicy/engine';

async function somerset() {
    const { shared, RiskPolicy } = createRiskPolicyServices(EmptyFileSystem);
    await shared.workspace.Builtins.load();
    const text = readFileSync(new URL('../../examples/somerset/somerset.riskpolicy', import.meta.url), 'utf8');
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('file:///bench/somerset.riskpolicy'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return RiskPolicy.analysis.PolicyAnalysis.analyse(document);
}

/** The duration a timing is dated by: a relative deadline, the limit of `as soon as …`, or a cadence's interval. */
function datedBy(timing) {
    if (timing?.kind === 'relative') return timing.duration;
    if (timing?.kind === 'soon' && timing.limit?.kind === 'relative') return timing.limit.duration;
    if (timing?.kind === 'cadence') return timing.every;
    return undefined;
}

/** Rules whose trigger names an event or a scale, with their dated duties: what the hand loop needs. */
function triggerIndex(policy) {
    const index = new Map();
    for (const rule of policy.rules) {
        if (rule.trigger?.kind !== 'event') continue;
        const durations = rule.duties.map(duty => datedBy(duty.timing)).filter(duration => duration && duration.unit && duration.unit !== 'days');
        for (const event of rule.trigger.events) {
            const keys = event.kind === 'event' ? [event.event] : event.scales;
            keys.forEach(key => index.set(key, [...(index.get(key) ?? []), ...durations]));
        }
    }
    return index;
}

function handLoop(cases, index, calendar) {
    let steps = 0;
    for (const scenario of cases) {
        for (const step of [...scenario.events.map(event => ({ key: event.event, at: `${event.date}T09:00` })), ...scenario.judgements.map(judgement => ({ key: judgement.scale, at: `${judgement.date}T${judgement.time ?? '09:00'}` }))]) {
            for (const duration of index.get(step.key) ?? []) {
                addDuration(calendar, step.at, duration);
                steps++;
            }
        }
    }
    return steps;
}

function timed(action) {
    globalThis.gc?.();
    const start = performance.now();
    const result = action();
    return { result, ms: performance.now() - start };
}

export async function simulationSpeed() {
    const analysis = await somerset();
    const { policy, standards } = analysis;
    const vocabulary = new Vocabulary([policy, ...standards]);
    const calendar = createWorkingCalendar({ region: 'england-and-wales' });
    const cases = Array.from({ length: 2000 }, (_, index) => generateCase(index, '2025-01-01', 12, DEFAULT_MIX, new CaseRandom(1, index), vocabulary));
    const index = triggerIndex(policy);
    handLoop(cases.slice(0, 200), index, calendar);
    cases.slice(0, 200).forEach(scenario => simulateCase(policy, scenario, { vocabulary, calendar, validate: false }));
    const hand = timed(() => handLoop(cases, index, calendar));
    const simulated = timed(() => cases.reduce((steps, scenario) => steps + simulateCase(policy, scenario, { vocabulary, calendar, validate: false }).obligations.length, 0));
    const handRate = hand.result / (hand.ms / 1000);
    const simRate = simulated.result / (simulated.ms / 1000);
    const small = performance.now();
    await runCohort(policy, standards, { cases: 1000, seed: 1, from: '2025-01-01', months: 12 });
    const smallMs = performance.now() - small;
    const large = performance.now();
    const report = await runCohort(policy, standards, { cases: 100_000, seed: 1, from: '2025-01-01', months: 12 });
    const largeMs = performance.now() - large;
    return {
        name: 'Simulator speed on the Somerset example',
        lines: [
            `simulator: ${Math.round(simRate).toLocaleString('en-GB')} obligation steps a second; hand-written loop: ${Math.round(handRate).toLocaleString('en-GB')} (${hand.result} steps over the same 2,000 cases)`,
            `simulator / hand-written loop, time per obligation step: ${(handRate / simRate).toFixed(1)}x`,
            `100,000-case cohort: ${(largeMs / 1000).toFixed(1)} s wall time (${report.obligations.toLocaleString('en-GB')} obligations); ${(largeMs / smallMs).toFixed(0)}x the 1,000-case run (linear = 100)`
        ]
    };
}
