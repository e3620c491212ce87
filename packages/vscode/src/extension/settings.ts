import { workspace } from 'vscode';

/** The extension's settings (contributes.configuration in package.json), with their defaults. */
export function settings() {
    const configuration = workspace.getConfiguration('riskpolicy');
    return {
        cohortCases: configuration.get<number>('cohort.cases', 1000),
        cohortSeed: configuration.get<number>('cohort.seed', 1),
        cohortFrom: configuration.get<string>('cohort.from', '2025-01-01'),
        cohortMonths: configuration.get<number>('cohort.months', 12)
    };
}
