import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { irJsonSchema } from './ir-json-schema.js';

/** Writes schema/riskpolicy-ir.schema.json; `npm run build` runs it and a test fails when the committed file differs. */
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'riskpolicy-ir.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(irJsonSchema(), null, 2) + '\n');
console.log(`Wrote ${target}`);
