import { z } from 'zod';
import { CALENDAR_REGIONS } from '../calendar/regions.js';
import { Citation, IsoDate, Located, SourceRange } from './common.js';
import { Event, Flag, Measure, NamedCondition, Role, Scale } from './vocabulary.js';
import { Panel } from './panels.js';
import { Advisory, EscalationRoute, Requirement, Rule } from './rules.js';

/** Declarations shared by policies and standards. */
const Body = {
    scales: z.array(Scale),
    roles: z.array(Role),
    events: z.array(Event),
    flags: z.array(Flag),
    measures: z.array(Measure),
    conditions: z.array(NamedCondition),
    panels: z.array(Panel),
    escalationRoutes: z.array(EscalationRoute),
    rules: z.array(Rule),
    advisories: z.array(Advisory),
    sections: z.array(z.object({ title: z.string(), citations: z.array(Citation), source: SourceRange }))
};

export const PolicyIr = z.object({
    kind: z.literal('policy'),
    /** Version of this IR format. */
    irVersion: z.literal(1),
    id: z.string(),
    title: z.string().optional(),
    service: z.string().optional(),
    version: z.string().optional(),
    effective: IsoDate.optional(),
    reviewBy: IsoDate.optional(),
    owner: z.string().optional(),
    supersedes: z.string().optional(),
    conformsTo: z.array(z.string()),
    /** Where `conforms to` is written: findings about a national duty with no local rule point here. */
    conformsToSource: SourceRange.optional(),
    /** National requirements the policy declares not applicable, with the reason. */
    notApplicable: z.array(z.object({ requirement: z.string(), reason: z.string(), ...Located })),
    calendar: z.object({
        region: z.enum(CALENDAR_REGIONS),
        closures: z.array(z.object({ from: IsoDate, to: IsoDate, reason: z.string().optional() }))
    }),
    source: SourceRange,
    ...Body
});
export type PolicyIr = z.infer<typeof PolicyIr>;

export const StandardIr = z.object({
    kind: z.literal('standard'),
    irVersion: z.literal(1),
    id: z.string(),
    title: z.string().optional(),
    published: IsoDate.optional(),
    supersededBy: z.string().optional(),
    sources: z.array(z.object({ text: z.string(), citations: z.array(Citation) })),
    source: SourceRange,
    ...Body,
    requirements: z.array(Requirement)
});
export type StandardIr = z.infer<typeof StandardIr>;

export const RiskPolicyIr = z.discriminatedUnion('kind', [PolicyIr, StandardIr]);
export type RiskPolicyIr = z.infer<typeof RiskPolicyIr>;
