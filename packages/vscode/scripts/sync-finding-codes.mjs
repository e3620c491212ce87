// Writes the finding codes a user may override into the manifest's riskpolicy.severity.overrides
// setting, so settings.json completes them. Run after adding a finding code (the package test
// fails until the manifest and the language agree).
import { readFileSync, writeFileSync } from 'node:fs';
import { SEVERITY_LEVELS, overridableCodes } from '@riskpolicy/language';

const manifestPath = new URL('../package.json', import.meta.url);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const overrides = manifest.contributes.configuration.properties['riskpolicy.severity.overrides'];
overrides.propertyNames = { enum: overridableCodes() };
overrides.additionalProperties.enum = [...SEVERITY_LEVELS];
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`riskpolicy.severity.overrides: ${overrides.propertyNames.enum.length} codes, levels ${SEVERITY_LEVELS.join(', ')}`);
