import { Option, type Command } from 'commander';
import { CALENDAR_REGIONS, type CalendarRegion } from '@riskpolicy/engine';
import { SEVERITY_LEVELS, severityOverrideProblem, type CheckSettings, type SeverityLevel } from '@riskpolicy/language';
import { UsageError } from './usage-error.js';

/** The options every command that reads a policy shares: its calendar, and extra standard packs. */
export interface CheckSettingsOptions {
    calendar?: string;
    standards?: string[];
    severity?: string[];
}

function commaList(value: string, previous: string[] | undefined): string[] {
    return [...(previous ?? []), ...value.split(',').map(name => name.trim()).filter(Boolean)];
}

export function withCalendarOption(command: Command): Command {
    return command.addOption(new Option('--calendar <region>', 'bank holidays for policies with no `calendar` line (a policy\'s own line wins)')
        .choices(CALENDAR_REGIONS));
}

export function withStandardsOption(command: Command): Command {
    return command.option('--standards <packs>', 'also check against these standard packs (comma-separated, or repeat the option)', commaList);
}

export function withSeverityOption(command: Command): Command {
    return command.option('--severity <code=level>', `report a finding code at another severity (${SEVERITY_LEVELS.join(', ')}); comma-separated, or repeat the option`, commaList);
}

function severityOverrides(assignments: string[]): Record<string, SeverityLevel> {
    const overrides: Record<string, SeverityLevel> = {};
    for (const assignment of assignments) {
        const [code, level, ...rest] = assignment.split('=').map(part => part.trim());
        if (!code || level === undefined || rest.length > 0) {
            throw new UsageError(`--severity ${assignment}: write code=level, for example --severity ambiguous-days=warning.`);
        }
        const problem = severityOverrideProblem(code, level);
        if (problem) {
            throw new UsageError(`--severity ${assignment}: ${problem}`);
        }
        overrides[code] = level as SeverityLevel;
    }
    return overrides;
}

export function checkSettingsFrom(options: CheckSettingsOptions): Partial<CheckSettings> {
    return {
        ...(options.calendar ? { calendarRegion: options.calendar as CalendarRegion } : {}),
        standardPacks: options.standards ?? [],
        severityOverrides: severityOverrides(options.severity ?? [])
    };
}
