import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { applySeverityOverrides } from '../../packages/vscode/src/language/severity-overrides.js';

const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const diagnostic = (code: string, severity: 1 | 2 | 3 | 4): Diagnostic => ({ range: at, message: code, severity, code, data: { code } });

describe('riskpolicy.severity.overrides', () => {
    const diagnostics = [diagnostic('ambiguous-days', 1), diagnostic('deadline-later', 2), diagnostic('unit-missing', 1)];

    test('sets the severity of the codes named and leaves the others alone', () => {
        const result = applySeverityOverrides(diagnostics, { 'ambiguous-days': 'warning', 'deadline-later': 'error' });
        expect(result.map(entry => [entry.code, entry.severity])).toEqual([['ambiguous-days', 2], ['deadline-later', 1], ['unit-missing', 1]]);
        expect(diagnostics[0].severity).toBe(1);
    });

    test('off removes the finding; information lowers it', () => {
        const result = applySeverityOverrides(diagnostics, { 'ambiguous-days': 'off', 'unit-missing': 'information' });
        expect(result.map(entry => [entry.code, entry.severity])).toEqual([['deadline-later', 2], ['unit-missing', 3]]);
    });

    test('no setting, an empty object or an unknown value changes nothing', () => {
        expect(applySeverityOverrides(diagnostics, undefined)).toBe(diagnostics);
        expect(applySeverityOverrides(diagnostics, {})).toBe(diagnostics);
        expect(applySeverityOverrides(diagnostics, { 'ambiguous-days': 'loud' })).toEqual(diagnostics);
    });
});
