import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repositoryRoot, runCli, temporaryFolder } from '../helpers/cli.js';
import { policyWith } from '../helpers/policy.js';

const policy = policyWith(`
rule discuss-high "Discuss a High rating within 24 hours" [003:64]
    when RoSH becomes High or above
    line-manager must "discuss the rating" with case-holder within 24 hours of the judgement
`);
const otherPolicy = policy.replace('policy test-policy', 'policy other-policy');

const forTest = `scenarios for test-policy
case "Mine" [003:64]
    2024-12-20 RoSH assessed High
`;
const forOther = `scenarios for other-policy
case "Theirs" [003:64]
    2024-12-20 RoSH assessed High
`;

function oneLine(stderr: string): void {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/internal error/);
}

describe('riskpolicy simulate: which policy and which scenarios', () => {
    test('a scenario file written for another policy is refused, naming both files', () => {
        const result = runCli(['simulate', 'examples/enfield/enfield.riskpolicy', '--scenario', 'examples/somerset/scenarios/absence-and-breach.riskpolicy']);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        oneLine(result.stderr);
        expect(result.stderr).toContain("examples/somerset/scenarios/absence-and-breach.riskpolicy holds scenarios for policy 'somerset', not for examples/enfield/enfield.riskpolicy");
    });

    test('a scenario file for another loaded policy is refused too', () => {
        const where = temporaryFolder({ 'policy.riskpolicy': policy, 'other/other.riskpolicy': otherPolicy, 'other/s.riskpolicy': forOther });
        const result = runCli(['simulate', 'policy.riskpolicy', '--scenario', 'other'], where);
        expect(result.status).toBe(2);
        oneLine(result.stderr);
        expect(result.stderr).toContain("holds scenarios for policy 'other-policy', not for policy.riskpolicy");
    });

    test('searching by case name counts only cases for the given policy', () => {
        const where = temporaryFolder({ 'policy.riskpolicy': policy, 'scenarios/mine.riskpolicy': forTest, 'scenarios/theirs.riskpolicy': forOther });
        const theirs = runCli(['simulate', 'policy.riskpolicy', '--scenario', 'Theirs'], where);
        expect(theirs.status).toBe(2);
        oneLine(theirs.stderr);
        expect(theirs.stderr).toMatch(/Theirs: no case of that name/);
        const mine = runCli(['simulate', 'policy.riskpolicy', '--scenario', 'Mine'], where);
        expect(mine.status).toBe(0);
        expect(mine.stdout).toContain('Mine (policy test-policy');
    });

    test('the same policy file given twice is a usage error, not an internal error', () => {
        const result = runCli(['simulate', 'examples/somerset/somerset.riskpolicy', '--scenario', 'examples/somerset/somerset.riskpolicy']);
        expect(result.status).toBe(2);
        oneLine(result.stderr);
        expect(result.stderr).toContain('examples/somerset/somerset.riskpolicy: --scenario takes a scenario file');
    });

    test('overlapping folders load each file once', () => {
        const where = temporaryFolder({ 'policy.riskpolicy': policy, 'scenarios/mine.riskpolicy': forTest });
        const result = runCli(['simulate', 'policy.riskpolicy', '--scenario', '.'], where);
        expect(result.stderr).not.toMatch(/internal error/);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('Mine (policy test-policy');
    });

    test('a folder of several policies is a usage error asking for one file', () => {
        const where = temporaryFolder({ 'a/policy.riskpolicy': policy, 'b/other.riskpolicy': otherPolicy, 'scenarios/mine.riskpolicy': forTest });
        const result = runCli(['simulate', '.', '--scenario', 'scenarios/mine.riskpolicy'], where);
        expect(result.status).toBe(2);
        oneLine(result.stderr);
        expect(result.stderr).toMatch(/simulate takes one policy file; this folder holds 2 policies\. Name one of them/);
    });
});

describe('riskpolicy cohort: one policy', () => {
    test('a folder of several policies is a usage error asking for one file', () => {
        const where = temporaryFolder({ 'a/policy.riskpolicy': policy, 'b/other.riskpolicy': otherPolicy });
        const result = runCli(['cohort', '.', '--cases', '5'], where);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        oneLine(result.stderr);
        expect(result.stderr).toMatch(/\.: cohort takes one policy file; this folder holds 2 policies\. Name one of them/);
    });

    test('a folder with one policy and its scenarios still runs', () => {
        const where = temporaryFolder({ 'policy.riskpolicy': policy, 'scenarios/mine.riskpolicy': forTest });
        const result = runCli(['cohort', '.', '--cases', '5'], where);
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toMatchObject({ policy: 'test-policy', cases: 5 });
    });
});

describe('scenario file naming a policy that is not loaded', () => {
    // `test` reports the unresolved reference as a finding and `simulate` now skips such files, so this
    // message is reached only through scenariosOf itself; it must point at the `scenarios for` line.
    test('the error points at the line and column of the reference', async () => {
        // Nested, so that no policy beside the file or in the folder above (which is loaded as context) is found.
        const where = join(temporaryFolder({ 'a/b/s.riskpolicy': `# a comment\n\n${forOther}` }), 'a', 'b');
        const cli = join(repositoryRoot, 'packages', 'cli', 'out');
        const { collectFiles } = await import(pathToFileURL(join(cli, 'collect-files.js')).href);
        const { loadWorkspace } = await import(pathToFileURL(join(cli, 'load-workspace.js')).href);
        const { scenariosOf } = await import(pathToFileURL(join(cli, 'scenario-workspace.js')).href);
        const workspace = await loadWorkspace(collectFiles(['s.riskpolicy'], where));
        const [{ document }] = workspace.files;
        expect(() => scenariosOf(workspace, document, 's.riskpolicy')).toThrow("s.riskpolicy:3:15: the policy 'other-policy' is not loaded. Check the name, or give its file too.");
    });
});
