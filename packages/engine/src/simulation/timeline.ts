import { z } from 'zod';
import { Citation } from '../ir/common.js';

/** `YYYY-MM-DDTHH:MM`, local wall-clock time. */
const Moment = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const Escalation = z.object({ at: Moment, to: z.array(z.string()), why: z.string() });
export type Escalation = z.infer<typeof Escalation>;

/** One duty opened for the case: who holds it, when it is due and why, and what became of it. */
export const Obligation = z.object({
    id: z.string(),
    rule: z.string(),
    duty: z.string(),
    task: z.string(),
    /** For a referral: the panels or bodies the case is referred to. */
    referredTo: z.array(z.string()).optional(),
    citations: z.array(Citation),
    trigger: z.string(),
    holder: z.array(z.string()),
    openedAt: Moment,
    due: Moment.optional(),
    /** How the due date was reached, naming skipped bank holidays. */
    why: z.string(),
    /** `ended`: the duty's condition stopped holding before it fell due, so it is no longer owed. */
    status: z.enum(['met', 'late', 'breached', 'open', 'ended']),
    endedAt: Moment.optional(),
    completedAt: Moment.optional(),
    completedBy: z.string().optional(),
    handedTo: z.object({ to: z.string(), why: z.string() }).optional(),
    escalations: z.array(Escalation),
    approval: z.boolean(),
    /** Who must sign the work off (the first approver named in each sign-off). */
    signOffs: z.array(z.string())
});
export type Obligation = z.infer<typeof Obligation>;

/** A line of the timeline, in date order. */
export const TimelineEntry = z.object({
    at: Moment,
    kind: z.enum(['event', 'judgement', 'opened', 'completed', 'ended', 'breach', 'escalation', 'hand-over', 'approval-required', 'absence']),
    text: z.string(),
    obligation: z.string().optional(),
    rule: z.string().optional()
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const CaseTimeline = z.object({
    policy: z.string(),
    case: z.string(),
    from: Moment,
    until: Moment,
    obligations: z.array(Obligation),
    entries: z.array(TimelineEntry),
    /** Things the simulation could not model for this case, said plainly. */
    notes: z.array(z.string())
});
export type CaseTimeline = z.infer<typeof CaseTimeline>;
