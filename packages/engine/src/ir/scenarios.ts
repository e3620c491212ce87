import { z } from 'zod';
import { IsoDate, Located, TimeOfDay } from './common.js';

const At = { date: IsoDate, time: TimeOfDay.optional() };

/** What a scenario expects the simulation to show. */
export const Expectation = z.discriminatedUnion('kind', [
    /** `expect "refer to MARP" due 2025-01-07`: an obligation with that task falls due then. */
    z.object({ kind: z.literal('due'), task: z.string(), ...At, ...Located }),
    /** `expect breach of discuss-high-rating`: some obligation of that rule is missed. */
    z.object({ kind: z.literal('breach'), rule: z.string(), ...Located }),
    /** `expect escalation to yjt-manager on 2025-01-08`. */
    z.object({ kind: z.literal('escalation'), to: z.string(), date: IsoDate, ...Located }),
    /** `expect approval by MARP`: a decision needs that approver's approval. */
    z.object({ kind: z.literal('approval'), by: z.string(), ...Located })
]);
export type Expectation = z.infer<typeof Expectation>;

export const ScenarioCase = z.object({
    name: z.string(),
    ...Located,
    born: IsoDate.optional(),
    caseType: z.string().optional(),
    flags: z.array(z.string()),
    events: z.array(z.object({ event: z.string(), ...At, ...Located })),
    judgements: z.array(z.object({ scale: z.string(), level: z.string(), ...At, ...Located })),
    completions: z.array(z.object({ actor: z.string(), task: z.string(), ...At, ...Located })),
    absences: z.array(z.object({ actor: z.string(), from: IsoDate, to: IsoDate, ...Located })),
    sittings: z.array(z.object({ panel: z.string(), date: IsoDate, ...Located })),
    expectations: z.array(Expectation)
});
export type ScenarioCase = z.infer<typeof ScenarioCase>;

export const ScenarioSetIr = z.object({
    kind: z.literal('scenarios'),
    policy: z.string(),
    cases: z.array(ScenarioCase)
});
export type ScenarioSetIr = z.infer<typeof ScenarioSetIr>;
