import type { Diagnostic } from 'vscode-languageserver-types';
import { PolicyFindingCodes } from '@riskpolicy/engine';
import { IssueCodes } from './issue-codes.js';
import { closestName } from '../utils/closest-name.js';

/** How a user may ask to see a finding: at another severity, or not at all. */
export const SEVERITY_LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeverityLevel = typeof SEVERITY_LEVELS[number];

/** Finding code → how to show it. */
export type SeverityOverrides = Readonly<Record<string, SeverityLevel>>;

const lspSeverity: Record<Exclude<SeverityLevel, 'off'>, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };

export function isSeverityLevel(value: unknown): value is SeverityLevel {
    return typeof value === 'string' && (SEVERITY_LEVELS as readonly string[]).includes(value);
}

/**
 * Every code a user may override: the document checks' and the whole-policy checks'. Not
 * `syntax-error`: a file that cannot be read makes every other finding unreliable, so it always shows.
 */
export function overridableCodes(): string[] {
    return [...new Set([...Object.values(IssueCodes), ...Object.values(PolicyFindingCodes)])].filter(code => code !== IssueCodes.SyntaxError).sort();
}

/** The diagnostics with each overridden code at its new severity and `off` codes left out. */
export function applySeverityOverrides(diagnostics: Diagnostic[], overrides: SeverityOverrides): Diagnostic[] {
    if (Object.keys(overrides).length === 0) {
        return diagnostics;
    }
    return diagnostics.flatMap(diagnostic => {
        const code = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
        const wanted = typeof code === 'string' && code !== IssueCodes.SyntaxError ? overrides[code] : undefined;
        if (wanted === 'off') {
            return [];
        }
        return wanted === undefined ? [diagnostic] : [{ ...diagnostic, severity: lspSeverity[wanted] }];
    });
}

/**
 * Why `code` cannot be set to `level`, in words for the user (with the nearest code when it looks
 * misspelt), or undefined when it can.
 */
export function severityOverrideProblem(code: string, level: unknown): string | undefined {
    const codes = overridableCodes();
    if (code === IssueCodes.SyntaxError) {
        return `${code} cannot be overridden: a file that cannot be read makes every other finding unreliable.`;
    }
    if (!codes.includes(code)) {
        const nearest = closestName(code, codes);
        return `'${code}' is not a finding code${nearest ? `; did you mean '${nearest}'?` : '. The code is shown beside each finding.'}`;
    }
    if (!isSeverityLevel(level)) {
        return `'${String(level)}' for ${code} is not one of ${SEVERITY_LEVELS.join(', ')}.`;
    }
    return undefined;
}
