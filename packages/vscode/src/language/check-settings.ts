import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { CALENDAR_REGIONS, isCalendarRegion } from '@riskpolicy/engine';
import { isBuiltinUri, severityOverrideProblem } from '@riskpolicy/language';
import type { CheckSettings, RiskPolicyServices, RiskPolicySharedServices, SeverityLevel } from '@riskpolicy/language';

/** What the `riskpolicy` configuration section says about checking, and what in it cannot be used. */
export interface ReadCheckSettings {
    settings: Partial<CheckSettings>;
    problems: string[];
}

/**
 * `riskpolicy.calendar.region`, `riskpolicy.standards.packs` and `riskpolicy.severity.overrides` from
 * the configuration section. A value of the wrong kind is left out and reported, never replaced by a guess.
 */
export function readCheckSettings(section: unknown): ReadCheckSettings {
    const problems: string[] = [];
    const root = (typeof section === 'object' && section !== null ? section : {}) as { calendar?: { region?: unknown }, standards?: { packs?: unknown }, severity?: { overrides?: unknown } };
    const region = root.calendar?.region;
    let calendarRegion: CheckSettings['calendarRegion'];
    if (isCalendarRegion(region)) {
        calendarRegion = region;
    } else if (region !== undefined && region !== null && region !== '') {
        problems.push(`riskpolicy.calendar.region: '${String(region)}' is not a region; use one of ${CALENDAR_REGIONS.join(', ')}. Policies without a calendar line use England and Wales until it is fixed.`);
    }
    const packs = root.standards?.packs;
    let standardPacks: string[] = [];
    if (Array.isArray(packs) && packs.every(pack => typeof pack === 'string')) {
        standardPacks = packs.map(pack => pack.trim()).filter(Boolean);
    } else if (packs !== undefined && packs !== null) {
        problems.push('riskpolicy.standards.packs must be a list of pack names, for example ["transitions-2021"]; it is ignored until it is fixed.');
    }
    const severityOverrides = readSeverityOverrides(root.severity?.overrides, problems);
    return { settings: { ...(calendarRegion ? { calendarRegion } : {}), standardPacks, severityOverrides }, problems };
}

function readSeverityOverrides(overrides: unknown, problems: string[]): Record<string, SeverityLevel> {
    if (overrides === undefined || overrides === null) {
        return {};
    }
    if (typeof overrides !== 'object' || Array.isArray(overrides)) {
        problems.push('riskpolicy.severity.overrides must map finding codes to severities, for example { "ambiguous-days": "warning" }; it is ignored until it is fixed.');
        return {};
    }
    const read: Record<string, SeverityLevel> = {};
    for (const [code, level] of Object.entries(overrides)) {
        const problem = severityOverrideProblem(code, level);
        if (problem) {
            problems.push(`riskpolicy.severity.overrides: ${problem} It is ignored until it is fixed.`);
        } else {
            read[code] = level as SeverityLevel;
        }
    }
    return read;
}

/**
 * Keeps the workspace's check settings in step with the editor's configuration: read before the
 * first build, and on each change, after which every checked document is checked again. Settings
 * that cannot be used, and pack names no standard carries, are shown to the user as warnings.
 */
export function installCheckSettings(connection: Connection, shared: RiskPolicySharedServices, services: RiskPolicyServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const checkSettings = shared.workspace.CheckSettings;
    let lastWarning = '';
    const warn = (problems: string[]) => {
        const unknown = services.analysis.PolicyAnalysis.unknownPacks();
        if (unknown.length > 0) {
            problems = [...problems, `riskpolicy.standards.packs: no standard pack named ${unknown.map(name => `'${name}'`).join(', ')}; the packs are ${services.analysis.PolicyAnalysis.knownPacks().join(', ')}.`];
        }
        const warning = problems.join(' ');
        if (warning && warning !== lastWarning) {
            void connection.window.showWarningMessage(warning);
        }
        lastWarning = warning;
    };

    let startupProblems: string[] = [];
    void checkSettings.loadFrom(async () => {
        await configuration.ready;
        const read = readCheckSettings({
            calendar: await configuration.getConfiguration('riskpolicy', 'calendar'),
            standards: await configuration.getConfiguration('riskpolicy', 'standards'),
            severity: await configuration.getConfiguration('riskpolicy', 'severity')
        });
        startupProblems = read.problems;
        return read.settings;
    });
    void shared.workspace.WorkspaceManager.ready
        .then(() => shared.workspace.DocumentBuilder.waitUntil(DocumentState.IndexedContent))
        .then(() => warn(startupProblems));

    // The files checked when a setting changed, still to be checked again: a later change cancels a
    // re-check under way, so the set grows until a re-check finishes.
    const toRecheck = new Set<string>();
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section !== 'riskpolicy') return;
        const read = readCheckSettings(update.configuration);
        if (!checkSettings.update(read.settings)) {
            warn(read.problems);
            return;
        }
        const documents = shared.workspace.LangiumDocuments;
        documents.all.filter(document => !isBuiltinUri(document.uri) && document.state >= DocumentState.Validated)
            .forEach(document => toRecheck.add(document.uri.toString()));
        void shared.workspace.WorkspaceLock.write(async token => {
            const pending = [...toRecheck].flatMap(uri => documents.getDocument(URI.parse(uri)) ?? []);
            await shared.workspace.DocumentBuilder.build(pending, { validation: true }, token);
            if (!token.isCancellationRequested) toRecheck.clear();
            warn(read.problems);
        });
    });
}
