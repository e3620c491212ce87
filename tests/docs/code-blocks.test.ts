import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { repositoryRoot } from '../helpers/cli.js';
import { clearTestDocuments, createTestServices, issuesOf, validate, type Services } from '../helpers/services.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

/** Every ```riskpolicy block of a Markdown file, with the line it starts on. */
function codeBlocks(file: string): Array<{ line: number, code: string }> {
    const text = readFileSync(join(repositoryRoot, file), 'utf8');
    return [...text.matchAll(/```riskpolicy\n([\s\S]*?)```/g)].map(match => ({
        line: text.slice(0, match.index).split('\n').length,
        code: match[1]
    }));
}

describe.each(['README.md', 'docs/language.md'])('code in %s', file => {
    const blocks = codeBlocks(file);

    test('has examples', () => {
        expect(blocks.length).toBeGreaterThan(0);
    });

    test.each(blocks.map(block => [block.line, block.code]))('the block at line %i is valid syntax', async (_, code) => {
        const text = /^\s*(#.*\n\s*)*(policy|standard|scenarios)\b/.test(code) ? code : `policy documentation-example\n${code}`;
        const [document] = await validate(services, text);
        expect(issuesOf(document).filter(issue => issue.code === 'syntax-error')).toEqual([]);
    });
});
