import { z } from 'zod';
import { Located } from './common.js';
import { Condition } from './conditions.js';
import { Deadline, ExternalValue, Cadence, MeetingCadence } from './timing.js';
import { SignOff } from './rules.js';

/** One clause as written, with its own location, so repeated clauses that disagree can be shown side by side. */
function clause<T extends z.ZodRawShape>(shape: T) {
    return z.object({ ...shape, ...Located });
}

export const Panel = z.object({
    id: z.string(),
    title: z.string().optional(),
    aliases: z.array(z.string()),
    ...Located,
    /** `jointly` when the chairs chair together (`chair police and probation`). */
    chairs: z.array(clause({ roles: z.array(z.string()), jointly: z.boolean() })),
    members: z.array(z.string()),
    presenters: z.array(clause({ roles: z.array(z.string()), standIns: z.array(z.string()) })),
    meets: z.array(clause({ cadence: MeetingCadence })),
    thresholds: z.array(clause({ condition: Condition })),
    papers: z.array(clause({ deadline: Deadline })),
    minutes: z.array(clause({ deadline: Deadline })),
    actions: z.array(clause({ deadline: Deadline })),
    reviews: z.array(clause({ timing: z.union([Cadence, ExternalValue]) })),
    exits: z.array(clause({ condition: Condition, signOff: SignOff.optional() })),
    countsAs: z.array(clause({ scheme: z.string(), level: z.number().int(), condition: Condition.optional() }))
});
export type Panel = z.infer<typeof Panel>;
