import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { irJsonSchema, RiskPolicyIr } from '@riskpolicy/engine';
import { repositoryRoot } from '../helpers/cli.js';

const committedPath = join(repositoryRoot, 'packages/engine/schema/riskpolicy-ir.schema.json');

describe('the IR JSON Schema', () => {
    test('the committed schema is what the zod schema produces now (run `npm run build` to refresh it)', () => {
        expect(JSON.parse(readFileSync(committedPath, 'utf8'))).toEqual(irJsonSchema());
    });

    test('is a valid draft 2020-12 schema', () => {
        const ajv = new Ajv2020({ strict: false });
        expect(() => ajv.compile(irJsonSchema())).not.toThrow();
    });

    test('rejects what zod rejects: a duration with a unit the language does not have', () => {
        const minimal = {
            kind: 'policy', irVersion: 1, id: 'p', conformsTo: [], calendar: { region: 'england-and-wales', closures: [] },
            source: { file: 'p.riskpolicy', start: { line: 1, column: 1 }, end: { line: 1, column: 9 } },
            notApplicable: [], scales: [], roles: [], events: [], flags: [], measures: [], conditions: [], panels: [], escalationRoutes: [], rules: [], advisories: [], sections: []
        };
        const validate = new Ajv2020({ strict: false }).compile(irJsonSchema());
        expect(validate(minimal)).toBe(true);
        expect(RiskPolicyIr.safeParse(minimal).success).toBe(true);
        const withBadRoute = { ...minimal, escalationRoutes: [{ id: 'r', source: minimal.source, citations: [], steps: [{ holders: ['x'], timeout: { value: 2, unit: 'fortnights' } }] }] };
        expect(validate(withBadRoute)).toBe(false);
        expect(RiskPolicyIr.safeParse(withBadRoute).success).toBe(false);
    });
});
