import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { PolicyFindingCodes } from '@riskpolicy/engine';
import { IssueCodes, applySeverityOverrides, overridableCodes } from '@riskpolicy/language';
import { clearTestDocuments, createTestServices, validate, type Services } from '../helpers/services.js';
import { policyWith } from '../helpers/policy.js';

const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const diagnostic = (code: string, severity: 1 | 2 | 3 | 4): Diagnostic => ({ range: at, message: code, severity, code, data: { code } });

describe('applySeverityOverrides', () => {
    const diagnostics = [diagnostic('ambiguous-days', 1), diagnostic('deadline-later', 2), diagnostic('missing-unit', 1)];

    test('sets the severity of the codes named and leaves the others, and the input, alone', () => {
        const result = applySeverityOverrides(diagnostics, { 'ambiguous-days': 'warning', 'deadline-later': 'error' });
        expect(result.map(entry => [entry.code, entry.severity])).toEqual([['ambiguous-days', 2], ['deadline-later', 1], ['missing-unit', 1]]);
        expect(diagnostics[0].severity).toBe(1);
    });

    test('off removes the finding; information and hint lower it', () => {
        const result = applySeverityOverrides(diagnostics, { 'ambiguous-days': 'off', 'missing-unit': 'information', 'deadline-later': 'hint' });
        expect(result.map(entry => [entry.code, entry.severity])).toEqual([['deadline-later', 4], ['missing-unit', 3]]);
    });

    test('no overrides changes nothing', () => {
        expect(applySeverityOverrides(diagnostics, {})).toBe(diagnostics);
    });

    test('a syntax error is never hidden or lowered', () => {
        const syntax = [diagnostic(IssueCodes.SyntaxError, 1)];
        expect(applySeverityOverrides(syntax, { [IssueCodes.SyntaxError]: 'off' } as never)).toEqual(syntax);
        expect(overridableCodes()).not.toContain(IssueCodes.SyntaxError);
    });

    test('every document and whole-policy finding code can be overridden', () => {
        expect(overridableCodes()).toEqual(expect.arrayContaining([IssueCodes.AmbiguousDays, PolicyFindingCodes.DeadlineLater, PolicyFindingCodes.LevelGap]));
    });
});

describe('severity overrides in the check settings', () => {
    let services: Services;
    const text = policyWith('rule r\n    when sentence\n    case-holder must "identify MAPPA eligibility" within 3 days of the sentence\n');
    const codesOf = (diagnostics: Diagnostic[] | undefined) => (diagnostics ?? []).map(entry => [entry.code, entry.severity]);

    beforeAll(async () => { services = await createTestServices(); });
    afterEach(async () => {
        services.shared.workspace.CheckSettings.update({});
        await clearTestDocuments(services);
    });

    test('every validated document reports the overridden severity, for the editor and the command line alike', async () => {
        expect(codesOf((await validate(services, text))[0].diagnostics)).toEqual([['ambiguous-days', 1]]);
        await clearTestDocuments(services);
        services.shared.workspace.CheckSettings.update({ severityOverrides: { 'ambiguous-days': 'warning' } });
        expect(codesOf((await validate(services, text))[0].diagnostics)).toEqual([['ambiguous-days', 2]]);
        await clearTestDocuments(services);
        services.shared.workspace.CheckSettings.update({ severityOverrides: { 'ambiguous-days': 'off' } });
        expect(codesOf((await validate(services, text))[0].diagnostics)).toEqual([]);
    });

    test('a change of overrides is a change of settings; the same overrides again are not', () => {
        const settings = services.shared.workspace.CheckSettings;
        expect(settings.update({ severityOverrides: { 'ambiguous-days': 'warning' } })).toBe(true);
        expect(settings.update({ severityOverrides: { 'ambiguous-days': 'warning' } })).toBe(false);
        expect(settings.update({ severityOverrides: { 'ambiguous-days': 'hint' } })).toBe(true);
    });
});
