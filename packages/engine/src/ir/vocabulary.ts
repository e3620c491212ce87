import { z } from 'zod';
import { Located } from './common.js';
import { Condition } from './conditions.js';

/** Where a declaration comes from: the document itself, or the shared prelude. */
export const Origin = z.enum(['document', 'prelude']);

const Named = {
    id: z.string(),
    title: z.string().optional(),
    aliases: z.array(z.string()),
    origin: Origin
};

export const Level = z.object({
    id: z.string(),
    title: z.string().optional(),
    aliases: z.array(z.string())
});

/** An ordered scale lists its levels lowest first. */
export const Scale = z.object({
    ...Named,
    ...Located,
    ordered: z.boolean(),
    levels: z.array(Level).min(1)
});
export type Scale = z.infer<typeof Scale>;

export const Role = z.object({
    ...Named,
    ...Located,
    external: z.boolean(),
    /** Roles this one is directly senior to. */
    seniorTo: z.array(z.string()),
    /** Who acts, in order, when this role is unavailable. */
    standIns: z.array(z.string()),
    /** The national grade this local role acts as, if declared. */
    actsAs: z.string().optional()
});
export type Role = z.infer<typeof Role>;

export const Event = z.object({
    ...Named,
    ...Located,
    kindOf: z.string().optional()
});
export type Event = z.infer<typeof Event>;

export const Flag = z.object({
    id: z.string(),
    title: z.string().optional(),
    origin: Origin,
    ...Located
});

/** A number the case carries (`measure dash-yes-answers "yes answers on the DASH checklist"`). */
export const Measure = z.object({
    id: z.string(),
    title: z.string().optional(),
    origin: Origin,
    ...Located
});

export const NamedCondition = z.object({
    id: z.string(),
    title: z.string().optional(),
    origin: Origin,
    ...Located,
    condition: Condition
});
