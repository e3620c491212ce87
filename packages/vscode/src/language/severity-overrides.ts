import type { Diagnostic } from 'vscode-languageserver';
import type { RiskPolicyServices, RiskPolicySharedServices } from '@riskpolicy/language';

/** `riskpolicy.severity.overrides`: finding code → the severity to show it at, or `off` to hide it. */
export type SeverityOverrides = Record<string, string>;

const severities: Record<string, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

/** The diagnostics with each overridden code at its new severity; `off` codes dropped; unknown values ignored. */
export function applySeverityOverrides(diagnostics: Diagnostic[], overrides: SeverityOverrides | undefined): Diagnostic[] {
    if (!overrides || typeof overrides !== 'object' || Object.keys(overrides).length === 0) return diagnostics;
    return diagnostics.flatMap(diagnostic => {
        const code = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
        const wanted = typeof code === 'string' ? overrides[code] : undefined;
        if (wanted === 'off') return [];
        const severity = wanted === undefined ? undefined : severities[wanted];
        return severity === undefined ? [diagnostic] : [{ ...diagnostic, severity }];
    });
}

/**
 * Applies the user's overrides to every document the server validates, so the Problems view, the
 * editor and `document.diagnostics` agree. A change of setting re-checks the workspace (see
 * check-settings.ts, which re-checks on any change to the `riskpolicy` section).
 */
export function installSeverityOverrides(shared: RiskPolicySharedServices, services: RiskPolicyServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const validator = services.validation.DocumentValidator;
    const validateDocument = validator.validateDocument.bind(validator);
    validator.validateDocument = async (document, options, cancelToken) => {
        const overrides = (await configuration.getConfiguration('riskpolicy', 'severity'))?.overrides as SeverityOverrides | undefined;
        return applySeverityOverrides(await validateDocument(document, options, cancelToken), overrides);
    };
}
