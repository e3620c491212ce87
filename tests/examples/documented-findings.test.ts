import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repositoryRoot, runCli } from '../helpers/cli.js';

const examplesFolder = join(repositoryRoot, 'examples');
const examples = readdirSync(examplesFolder, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort();

interface Documented {
    code: string;
    severity: string;
    line: number;
    column: number;
}

/**
 * The findings an example's README documents in its "Contradictions and defects" table,
 * written as `code`, severity, line:column.
 */
function documentedFindings(readme: string): Documented[] {
    const section = readme.split(/^## /m).find(part => part.startsWith('Contradictions and defects')) ?? '';
    return [...section.matchAll(/`([a-z-]+)`, (error|warning|information), (\d+):(\d+)/g)]
        .map(([, code, severity, line, column]) => ({ code, severity, line: Number(line), column: Number(column) }));
}

function key(finding: Documented): string {
    return `${finding.line}:${finding.column} ${finding.severity} ${finding.code}`;
}

describe('the bundled examples', () => {
    test('there are examples for the three seed services', () => {
        expect(examples).toEqual(expect.arrayContaining(['enfield', 'somerset', 'tower-hamlets']));
    });

    test.each(examples)('%s reports exactly the findings its README documents', name => {
        const readmePath = join(examplesFolder, name, 'README.md');
        expect(existsSync(readmePath)).toBe(true);
        const documented = documentedFindings(readFileSync(readmePath, 'utf8'));
        const result = runCli(['check', '--format', 'json', join('examples', name, `${name}.riskpolicy`)]);
        const reported = JSON.parse(result.stdout) as Array<{ code: string, severity: string, range: { start: { line: number, column: number } } }>;
        const actual = reported.map(finding => key({ code: finding.code, severity: finding.severity, line: finding.range.start.line, column: finding.range.start.column }));
        expect(actual.sort()).toEqual(documented.map(key).sort());
        expect(result.status).toBe(documented.some(finding => finding.severity === 'error') ? 1 : 0);
    });

    test('checking the whole examples folder fails only because of documented findings', () => {
        const result = runCli(['check', '--format', 'json', 'examples']);
        const reported = JSON.parse(result.stdout) as Array<{ file: string, code: string }>;
        const documentedCount = examples.reduce((total, name) => total + documentedFindings(readFileSync(join(examplesFolder, name, 'README.md'), 'utf8')).length, 0);
        expect(reported).toHaveLength(documentedCount);
        expect(result.status).toBe(1);
    });
});
