import { z } from 'zod';
import { RiskPolicyIr } from './ir/index.js';

/** The JSON Schema (draft 2020-12) of the compiled IR, derived from the zod schema so the two cannot drift. */
export function irJsonSchema(): Record<string, unknown> {
    const schema = z.toJSONSchema(RiskPolicyIr, { target: 'draft-2020-12' }) as Record<string, unknown>;
    return {
        $schema: schema.$schema,
        $id: 'urn:riskpolicy:ir:1',
        title: 'RiskPolicy compiled policy (IR)',
        ...schema
    };
}
