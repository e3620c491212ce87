import { describe, expect, test } from 'vitest';
import { runCli, temporaryFolder } from '../helpers/cli.js';
import { policyWith } from '../helpers/policy.js';

const valid = policyWith('rule r [003:64]\n    when RoSH becomes High or above\n    case-holder must "discuss" with line-manager within 24 hours of the judgement\n');
const withError = policyWith('rule r\n    when sentence\n    case-holder must "identify MAPPA eligibility" within 3 days of the sentence\n');
const withWarning = policyWith('rule r\n    if SaW is High\n    case-holder must "consider a referral"\n');
const errorLine = withError.split('\n').findIndex(line => line.includes('within 3 days')) + 1;

/** A line that must never reach a user: a stack frame. */
const stackTrace = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('riskpolicy check', () => {
    test('exits 0 and prints a summary when there is nothing to report', () => {
        const folder = temporaryFolder({ 'ok.riskpolicy': valid });
        const result = runCli(['check', 'ok.riskpolicy'], folder);
        expect(result).toMatchObject({ status: 0, stderr: '' });
        expect(result.stdout.trim()).toBe('0 errors, 0 warnings in 1 file');
    });

    test('a UTF-8 file is read as written, even one that holds the replacement character \uFFFD in a comment', () => {
        const folder = temporaryFolder({ 'ok.riskpolicy': `# pasted from Word: \uFFFD\n${valid}` });
        const result = runCli(['check', 'ok.riskpolicy'], folder);
        expect(result).toMatchObject({ status: 0, stderr: '' });
        expect(result.stdout.trim()).toBe('0 errors, 0 warnings in 1 file');
    });

    test('exits 0 with warnings only, printing each as file:line:col severity code message', () => {
        const folder = temporaryFolder({ 'warn.riskpolicy': withWarning });
        const result = runCli(['check', 'warn.riskpolicy'], folder);
        const line = withWarning.split('\n').findIndex(text => text.includes('SaW is High')) + 1;
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(new RegExp(`^warn\\.riskpolicy:${line}:15 warning exact-level-comparison 'High' alone leaves out Very-High\\.`, 'm'));
        expect(result.stdout).toContain('0 errors, 1 warning in 1 file');
    });

    test('exits 1 when a file has an error, reporting it at the right line', () => {
        const folder = temporaryFolder({ 'bad.riskpolicy': withError, 'ok.riskpolicy': valid });
        const result = runCli(['check', '.'], folder);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(new RegExp(`^bad\\.riskpolicy:${errorLine}:\\d+ error ambiguous-days `, 'm'));
        expect(result.stdout).toContain('1 error, 0 warnings in 2 files');
    });

    test('--format json carries file, range, severity, code, message and related locations', () => {
        const folder = temporaryFolder({ 'dup.riskpolicy': policyWith('role case-holder "again"\n') });
        const result = runCli(['check', '--format', 'json', 'dup.riskpolicy'], folder);
        expect(result.status).toBe(1);
        const findings = JSON.parse(result.stdout);
        expect(findings).toHaveLength(1);
        expect(Object.keys(findings[0]).sort()).toEqual(['code', 'file', 'message', 'range', 'related', 'severity']);
        expect(findings[0]).toMatchObject({
            file: 'dup.riskpolicy', severity: 'error', code: 'duplicate-name',
            range: { start: { line: expect.any(Number), column: 6 }, end: { line: expect.any(Number), column: 17 } },
            related: [{ file: 'dup.riskpolicy', message: 'first declared here', range: { start: { line: 5, column: 1 } } }]
        });
    });

    test('--format json prints an empty array for a clean file', () => {
        const folder = temporaryFolder({ 'ok.riskpolicy': valid });
        const result = runCli(['check', '--format=json', 'ok.riskpolicy'], folder);
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual([]);
    });

    test('files in a folder are found recursively and reported by their path', () => {
        const folder = temporaryFolder({ 'services/a/bad.riskpolicy': withError, 'services/notes.txt': 'not a policy' });
        const result = runCli(['check', 'services'], folder);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(new RegExp(`^services/a/bad\\.riskpolicy:${errorLine}:`, 'm'));
    });
});

describe('riskpolicy check refuses bad input with one clear line and exit 2', () => {
    test.each([
        ['a missing file', {}, ['check', 'missing.riskpolicy'], /^riskpolicy: missing\.riskpolicy: no such file or folder\.\n$/],
        ['a wrong extension', { 'policy.txt': valid }, ['check', 'policy.txt'], /^riskpolicy: policy\.txt: not a \.riskpolicy file\./],
        ['a folder with no policies', { 'empty/readme.md': '# nothing' }, ['check', 'empty'], /^riskpolicy: empty: this folder holds no \.riskpolicy files\.\n$/],
        ['an empty file', { 'empty.riskpolicy': '' }, ['check', 'empty.riskpolicy'], /^riskpolicy: empty\.riskpolicy:1:1: the file is empty\./],
        ['a blank file', { 'blank.riskpolicy': '  \n\n' }, ['check', 'blank.riskpolicy'], /^riskpolicy: blank\.riskpolicy:1:1: the file is empty\./],
        ['a binary file', { 'image.riskpolicy': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]) }, ['check', 'image.riskpolicy'], /^riskpolicy: image\.riskpolicy: this is a binary file, not RiskPolicy text\.\n$/],
        ['text that is not UTF-8', { 'latin1.riskpolicy': Buffer.from('policy caf\xe9', 'latin1') }, ['check', 'latin1.riskpolicy'], /^riskpolicy: latin1\.riskpolicy:1: the file is not valid UTF-8 text\. Save it as UTF-8/],
        ['a line further down that is not UTF-8', { 'mixed.riskpolicy': Buffer.concat([Buffer.from('policy p\n# caf\u00e9 in UTF-8\n', 'utf8'), Buffer.from('# na\xefve in Latin-1\n', 'latin1')]) }, ['check', 'mixed.riskpolicy'], /^riskpolicy: mixed\.riskpolicy:3: the file is not valid UTF-8 text\./],
        ['no paths at all', {}, ['check'], /error: missing required argument 'paths'/],
        ['an unknown format', { 'ok.riskpolicy': valid }, ['check', '--format', 'xml', 'ok.riskpolicy'], /error: option '--format <format>' argument 'xml' is invalid/],
        ['an unknown command', {}, ['frobnicate'], /error: unknown command 'frobnicate'/],
        ['an unknown option', {}, ['check', '--colour', 'x'], /error: unknown option '--colour'/]
    ] as Array<[string, Record<string, string | Buffer>, string[], RegExp]>)('%s', (_, files, args, message) => {
        const result = runCli(args, temporaryFolder(files));
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(message);
        expect(result.stderr).not.toMatch(stackTrace);
    });

    test('a bad file among good ones stops the run before anything is reported', () => {
        const folder = temporaryFolder({ 'ok.riskpolicy': valid, 'empty.riskpolicy': '' });
        const result = runCli(['check', 'ok.riskpolicy', 'empty.riskpolicy'], folder);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
    });
});

describe('riskpolicy --help', () => {
    test.each([[['--help']], [['check', '--help']], [['compile', '--help']], [['help', 'check']]])('%j prints usage and exits 0', args => {
        const result = runCli(args);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/^Usage: riskpolicy/);
        expect(result.stdout).toContain('Exit codes:');
    });

    test('check --help documents the output formats', () => {
        expect(runCli(['check', '--help']).stdout).toContain('file:line:col severity code message');
    });
});
