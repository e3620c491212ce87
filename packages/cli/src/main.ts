import { Command, CommanderError, Option } from 'commander';
import { withCalendarOption, withSeverityOption, withStandardsOption } from './check-settings-options.js';
import { check, type CheckOptions } from './commands/check.js';
import { compile, type CompileOptions } from './commands/compile.js';
import { coverage, type CoverageOptions } from './commands/coverage.js';
import { cohort, type CohortOptions } from './commands/cohort.js';
import { simulate, type SimulateOptions } from './commands/simulate.js';
import { test, type TestOptions } from './commands/test.js';
import { processOutput } from './output.js';
import type { Output } from './output.js';
import { ExitCode, UsageError } from './usage-error.js';
import { VERSION } from './version.js';

const exitCodes = `
Exit codes:
  0  no errors (warnings may be printed)
  1  the policy has errors, or a scenario failed
  2  the command was used wrongly, or an input could not be read
  3  RiskPolicy itself failed (please report it)`;

function buildProgram(output: Output, setExit: (code: number) => void): Command {
    const program = new Command('riskpolicy')
        .description('Write, check and run Youth Justice risk-management policy as code.')
        .version(VERSION)
        .configureOutput({ writeOut: text => output.out(text), writeErr: text => output.err(text) })
        .addHelpText('after', exitCodes)
        .exitOverride()
        .showHelpAfterError('(run riskpolicy --help for usage)');

    withSeverityOption(withStandardsOption(withCalendarOption(program.command('check'))))
        .description('Check policies, standards and scenarios: syntax, references, units, anchors, roles, panels and dates.')
        .argument('<paths...>', '.riskpolicy files, or folders to search for them')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
        .addHelpText('after', `
The check covers each file on its own (syntax, references, units, anchors, roles, panels, dates),
the policy as a whole (rules that contradict each other or can never apply, level gaps), and the
policy against the national standards it conforms to (missing duties, narrower triggers, later
deadlines on the working-day calendar, junior approvers, should where the national text says must,
exceeded ceilings, superseded standards).

Text output prints one finding a line: file:line:col severity code message.
JSON output is an array of { file, range, severity, code, message, related, requirement?, counterexample? }.
SARIF output is SARIF 2.1.0, for code-scanning tools.${exitCodes}`)
        .action(async (paths: string[], options: CheckOptions) => setExit(await check(paths, options, output)));

    withStandardsOption(withCalendarOption(program.command('compile')))
        .description('Compile one policy or standard to an executable form.')
        .argument('<file>', 'the .riskpolicy file to compile')
        .addOption(new Option('--target <target>', 'what to produce: json is the IR, valid against packages/engine/schema/riskpolicy-ir.schema.json').choices(['json']).default('json'))
        .option('--out <file>', 'write to this file instead of standard output (written whole or not at all)')
        .addHelpText('after', exitCodes)
        .action(async (file: string, options: CompileOptions) => setExit(await compile(file, options, output)));

    withStandardsOption(withCalendarOption(program.command('coverage')))
        .description('List each national requirement a policy is held to, and whether the policy implements, tightens, misses or loosens it.')
        .argument('<policy>', 'the .riskpolicy policy file')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addHelpText('after', `
Statuses: implemented (met as written), tightened (stricter than required), laxer (met with findings,
shown beside it), missing (no local rule), external (the value is kept in another document),
not-applicable (declared with a reason). The totals line counts each.${exitCodes}`)
        .action(async (file: string, options: CoverageOptions) => setExit(await coverage(file, options, output)));

    withCalendarOption(program.command('test'))
        .description('Run every scenario like a unit test: simulate each case and check its expectations.')
        .argument('<paths...>', 'scenario files, or folders to search (their policies are found beside them)')
        .option('--coverage', 'also list which rules applied in at least one scenario, and which national requirements were exercised')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addHelpText('after', exitCodes)
        .action(async (paths: string[], options: TestOptions) => setExit(await test(paths, options, output)));

    withCalendarOption(program.command('simulate'))
        .description('Simulate a scenario against a policy over the working-day calendar and show the timeline.')
        .argument('<policy>', 'the .riskpolicy policy file')
        .requiredOption('--scenario <file-or-case>', 'a scenario file, or the name of a case in the scenarios/ folder beside the policy')
        .addOption(new Option('--format <format>', 'text table, JSON timeline, or a self-contained HTML chart').choices(['text', 'json', 'html']).default('text'))
        .option('--out <file>', 'write to this file (whole or not at all)')
        .addHelpText('after', exitCodes)
        .action(async (file: string, options: SimulateOptions) => setExit(await simulate(file, options, output)));

    withCalendarOption(program.command('cohort'))
        .description('Run many synthetic cases through a policy: workload per role per week, panel load per sitting, countersignature load and breach rate per rule.')
        .argument('<policy>', 'the .riskpolicy policy file')
        .option('--cases <n>', 'how many synthetic cases', '1000')
        .option('--seed <n>', 'random seed: the same seed gives the same result', '1')
        .option('--from <date>', 'first possible start date (YYYY-MM-DD)', '2025-01-01')
        .option('--months <n>', 'cases start over this many months', '12')
        .option('--mix <file>', 'a JSON file overriding the default case mix (see packages/engine/src/cohort/mix.ts)')
        .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv', 'html']).default('json'))
        .option('--out <file>', 'write to this file (whole or not at all)')
        .addHelpText('after', `
The default mix: 55% statutory orders, 20% out-of-court disposals, 10% bail, 5% remand, 5% custody,
5% prevention; RoSH and SaW first judged Low/Medium/High/Very High at 40/35/20/5 and 35/40/20/5 per
cent; 30% judged again one level up or down; 25% with a significant change; 3% transferred out;
deadlines met 85%, late by up to 7 days 10%, never met 5%. A progress bar shows on a terminal;
Ctrl-C stops the run and writes nothing (exit 130).${exitCodes}`)
        .action(async (file: string, options: CohortOptions) => setExit(await cohort(file, options, output)));

    return program;
}

/** Runs the CLI on `argv` (as process.argv) and returns the exit code. Never throws. */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
    let exitCode: number = ExitCode.Ok;
    const program = buildProgram(output, code => { exitCode = code; });
    try {
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            const clean = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
            return clean ? ExitCode.Ok : ExitCode.Usage;
        }
        if (error instanceof UsageError) {
            output.err(`riskpolicy: ${error.message}`);
            return ExitCode.Usage;
        }
        output.err(`riskpolicy: internal error: ${(error as Error)?.message ?? String(error)}. Please report this with the file that caused it.`);
        return ExitCode.Internal;
    }
}
