import { Option, type Command } from 'commander';
import { CALENDAR_REGIONS, type CalendarRegion } from '@riskpolicy/engine';
import type { CheckSettings } from '@riskpolicy/language';

/** The options every command that reads a policy shares: its calendar, and extra standard packs. */
export interface CheckSettingsOptions {
    calendar?: string;
    standards?: string[];
}

function packNames(value: string, previous: string[] | undefined): string[] {
    return [...(previous ?? []), ...value.split(',').map(name => name.trim()).filter(Boolean)];
}

export function withCalendarOption(command: Command): Command {
    return command.addOption(new Option('--calendar <region>', 'bank holidays for policies with no `calendar` line (a policy\'s own line wins)')
        .choices(CALENDAR_REGIONS));
}

export function withStandardsOption(command: Command): Command {
    return command.option('--standards <packs>', 'also check against these standard packs (comma-separated, or repeat the option)', packNames);
}

export function checkSettingsFrom(options: CheckSettingsOptions): Partial<CheckSettings> {
    return {
        ...(options.calendar ? { calendarRegion: options.calendar as CalendarRegion } : {}),
        standardPacks: options.standards ?? []
    };
}
