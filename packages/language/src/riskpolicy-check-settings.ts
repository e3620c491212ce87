import { Emitter, type Event } from 'langium';
import type { CalendarRegion } from '@riskpolicy/engine';
import type { SeverityOverrides } from './validation/severity-overrides.js';

/** What the user chose, beyond what the policy itself says, for checking policies. */
export interface CheckSettings {
    /** The calendar for policies without a `calendar` header; a policy's own header wins. */
    readonly calendarRegion?: CalendarRegion;
    /** Standard packs, by name, that every policy is checked against besides those it `conforms to`. */
    readonly standardPacks: readonly string[];
    /** Finding code → the severity to report it at, or `off`. */
    readonly severityOverrides: SeverityOverrides;
}

const NO_SETTINGS: CheckSettings = { standardPacks: [], severityOverrides: {} };

/**
 * The check settings for a workspace: the CLI sets them from its options, the language server from
 * the editor's configuration. Analyses listen for changes; the first workspace build waits for
 * `loaded`, so it never runs on settings that are about to change.
 */
export class RiskPolicyCheckSettings {
    private current: CheckSettings = NO_SETTINGS;
    private loading: Promise<void> = Promise.resolve();
    private readonly changed = new Emitter<CheckSettings>();

    get settings(): CheckSettings {
        return this.current;
    }

    get onDidChange(): Event<CheckSettings> {
        return this.changed.event;
    }

    /** Resolves once settings handed to `loadFrom` are in place. */
    get loaded(): Promise<void> {
        return this.loading;
    }

    /** Replaces the settings; true (and listeners told) when they differ from the current ones. */
    update(next: Partial<CheckSettings>): boolean {
        const settings: CheckSettings = {
            ...(next.calendarRegion ? { calendarRegion: next.calendarRegion } : {}),
            standardPacks: [...new Set(next.standardPacks ?? [])],
            severityOverrides: { ...next.severityOverrides }
        };
        if (sameSettings(settings, this.current)) {
            return false;
        }
        this.current = settings;
        this.changed.fire(settings);
        return true;
    }

    /** Loads settings from a slower source (the editor's configuration); `loaded` waits for it. */
    loadFrom(source: () => Promise<Partial<CheckSettings>>): Promise<void> {
        this.loading = source().then(settings => { this.update(settings); }, () => undefined);
        return this.loading;
    }
}

function sameSettings(a: CheckSettings, b: CheckSettings): boolean {
    return a.calendarRegion === b.calendarRegion
        && sameList(a.standardPacks, b.standardPacks)
        && sameList(Object.entries(a.severityOverrides).flat(), Object.entries(b.severityOverrides).flat());
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
    return a.length === b.length && a.every((item, index) => item === b[index]);
}
