import { z } from 'zod';

const Weights = z.record(z.string(), z.number().min(0));

/**
 * The distributions synthetic cases are drawn from. Every field has a documented default
 * (DEFAULT_MIX); a mix file (JSON) may override any of them.
 */
export const CohortMix = z.object({
    /** Case types and their relative weights. */
    caseTypes: Weights,
    /** Supervision length in months, by case type (`default` for the rest): [shortest, longest]. */
    lengthMonths: z.record(z.string(), z.tuple([z.number().int().min(1), z.number().int().min(1)])),
    /** Age at the start, in whole years: [youngest, oldest]. */
    ageYears: z.tuple([z.number().int().min(10), z.number().int().max(17)]),
    /** First judgement of each scale, made on the first day: level → weight. */
    initialLevels: z.record(z.string(), Weights),
    /** Chance that a scale is judged again during the case, one level up or down. */
    rejudgeChance: z.number().min(0).max(1),
    /** Chance of one significant change in the child's circumstances during the case. */
    significantChangeChance: z.number().min(0).max(1),
    /** Chance the case transfers out part way through. */
    transferOutChance: z.number().min(0).max(1),
    /** How staff meet deadlines: on time, late (1 to `lateDays` calendar days), or never. */
    completion: z.object({ onTime: z.number().min(0), late: z.number().min(0), never: z.number().min(0), lateDays: z.number().int().min(1) })
});
export type CohortMix = z.infer<typeof CohortMix>;

/** The default mix: a plain, stated guess at a youth justice caseload, not data. */
export const DEFAULT_MIX: CohortMix = {
    caseTypes: { 'statutory-order': 55, 'out-of-court-disposal': 20, bail: 10, remand: 5, custody: 5, prevention: 5 },
    lengthMonths: { 'statutory-order': [6, 12], 'out-of-court-disposal': [3, 3], custody: [4, 12], default: [3, 6] },
    ageYears: [12, 17],
    initialLevels: {
        RoSH: { Low: 40, Medium: 35, High: 20, 'Very-High': 5 },
        SaW: { Low: 35, Medium: 40, High: 20, 'Very-High': 5 }
    },
    rejudgeChance: 0.3,
    significantChangeChance: 0.25,
    transferOutChance: 0.03,
    completion: { onTime: 0.85, late: 0.1, never: 0.05, lateDays: 7 }
};

/** A mix file's content over the default: fields given replace the default's. */
export function mixFrom(overrides: unknown): CohortMix {
    return CohortMix.parse({ ...DEFAULT_MIX, ...(overrides as object) });
}
