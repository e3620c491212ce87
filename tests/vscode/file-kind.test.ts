import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { holdsPolicy } from '../../packages/vscode/src/extension/file-kind.js';
import { repositoryRoot } from '../helpers/cli.js';

describe('which files the policy-only commands (coverage, cohort) are offered on', () => {
    test.each([
        ['a policy', 'policy p "P"\n', true],
        ['a policy after comments', '# Somerset\n/* drafted\n   policy notes */\npolicy somerset\n', true],
        ['scenarios', 'scenarios for somerset\ncase "x"\n', false],
        ['a standard', 'standard yjb-standards-2019\n', false],
        ['a commented-out policy line', '# policy p\nscenarios for p\n', false],
        ['a word that starts with policy', 'policyholder\n', false],
        ['an empty file', '', false]
    ])('%s', (_, text, expected) => {
        expect(holdsPolicy(text)).toBe(expected);
    });

    test('the bundled examples: the policies are policies, their scenarios are not', () => {
        const read = (...path: string[]) => readFileSync(join(repositoryRoot, 'examples', ...path), 'utf8');
        expect(holdsPolicy(read('somerset', 'somerset.riskpolicy'))).toBe(true);
        expect(holdsPolicy(read('somerset', 'scenarios', 'downgrade.riskpolicy'))).toBe(false);
    });
});
