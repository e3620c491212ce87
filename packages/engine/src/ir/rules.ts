import { z } from 'zod';
import { Duration, Located, Strength } from './common.js';
import { Condition } from './conditions.js';
import { Timing } from './timing.js';

export const TriggerEvent = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('event'), event: z.string() }),
    /** A judgement moves a scale into the given levels (`RoSH becomes High or above`). */
    z.object({ kind: z.literal('scale-change'), scales: z.array(z.string()), levels: z.array(z.string()) }),
    /** A judgement lowers a scale from one of the given levels (`RoSH is lowered from High or above`). */
    z.object({ kind: z.literal('scale-lowering'), scales: z.array(z.string()), fromLevels: z.array(z.string()) })
]);
export type TriggerEvent = z.infer<typeof TriggerEvent>;

export const Trigger = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('event'), events: z.array(TriggerEvent).min(1), condition: Condition.optional() }),
    /** `while` (a duty that holds as long as the condition does) or `if` (a condition on the case). */
    z.object({ kind: z.literal('state'), mode: z.enum(['while', 'if']), condition: Condition })
]);
export type Trigger = z.infer<typeof Trigger>;

/** `countersigned by line-manager or duty-manager`: `all` is true when every approver must sign (`and`). */
export const SignOff = z.object({
    kind: z.enum(['countersigned', 'approved', 'endorsed', 'checked', 'agreed', 'signed-off']),
    approvers: z.array(z.string()).min(1),
    all: z.boolean()
});
export type SignOff = z.infer<typeof SignOff>;

export const Action = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('task'), task: z.string(), with: z.array(z.string()) }),
    z.object({ kind: z.literal('refer'), to: z.array(z.string()).min(1) }),
    /** `all`: every recipient must be told (`notify police and probation`); else any one of them. */
    z.object({ kind: z.literal('notify'), recipients: z.array(z.string()), all: z.boolean(), subject: z.string().optional() }),
    z.object({ kind: z.literal('attend'), panel: z.string() })
]);
export type Action = z.infer<typeof Action>;

export const Duty = z.object({
    /** Stable id: `<rule id>#<n>`, n counting duties from 1. */
    id: z.string(),
    actors: z.array(z.string()).min(1),
    /** True when all the actors act together (`case-holder and line-manager must attend`); else any one of them. */
    jointly: z.boolean(),
    strength: Strength,
    action: Action,
    timing: Timing.optional(),
    signOffs: z.array(SignOff),
    ...Located
});
export type Duty = z.infer<typeof Duty>;

export const ApprovalRequirement = z.object({
    kind: z.enum(['approval', 'countersignature', 'agreement']),
    approvers: z.array(z.string()).min(1),
    all: z.boolean(),
    ...Located
});

export const Escalation = z.object({
    route: z.string().optional(),
    to: z.array(z.string()),
    ...Located
});

export const Prohibition = z.object({
    actors: z.array(z.string()),
    strength: z.enum(['must', 'should']),
    task: z.string(),
    ...Located
});

export const Note = z.object({ text: z.string(), ...Located });

export const Rule = z.object({
    id: z.string(),
    title: z.string().optional(),
    /** Heading of the section the rule was written under, if any. */
    section: z.string().optional(),
    ...Located,
    implements: z.array(z.string()),
    trigger: Trigger.optional(),
    duties: z.array(Duty),
    approvals: z.array(ApprovalRequirement),
    escalations: z.array(Escalation),
    prohibitions: z.array(Prohibition),
    /** Judgements the trigger requires: `RoSH must be Medium or above`. */
    constraints: z.array(z.object({ scale: z.string(), levels: z.array(z.string()), ...Located })),
    /** Flags the trigger makes true: `child becomes mappa-eligible`. */
    derives: z.array(z.object({ flag: z.string(), ...Located })),
    notes: z.array(Note)
});
export type Rule = z.infer<typeof Rule>;

/** A national requirement: a rule with a direction. Its strength is that of its duties. */
export const Requirement = Rule.extend({
    direction: z.enum(['floor', 'ceiling'])
});
export type Requirement = z.infer<typeof Requirement>;

export const EscalationRoute = z.object({
    id: z.string(),
    title: z.string().optional(),
    ...Located,
    steps: z.array(z.object({ holders: z.array(z.string()).min(1), timeout: Duration.optional() })).min(1),
    continuesWith: z.string().optional()
});
export type EscalationRoute = z.infer<typeof EscalationRoute>;

/** Guidance, never a duty: the simulator offers the suggested range, the checker never enforces it. */
export const Advisory = z.object({
    id: z.string(),
    title: z.string().optional(),
    ...Located,
    suggestions: z.array(z.object({
        condition: Condition,
        scale: z.string(),
        levels: z.array(z.string()).min(1),
        ...Located
    })),
    notes: z.array(Note)
});
export type Advisory = z.infer<typeof Advisory>;
