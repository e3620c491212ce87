import type { Diagnostic } from 'vscode-languageserver-types';
import type { LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator } from 'langium';
import { IssueCodes } from './validation/issue-codes.js';
import { applySeverityOverrides } from './validation/severity-overrides.js';
import type { RiskPolicyCheckSettings } from './riskpolicy-check-settings.js';
import type { RiskPolicyServices } from './riskpolicy-module.js';

/**
 * Gives every diagnostic a stable RiskPolicy code: parse errors become `syntax-error`,
 * unresolved references become `unresolved-reference` (carrying the did-you-mean suggestion).
 * Then applies the user's severity overrides, so every consumer of diagnostics sees the same.
 */
export class RiskPolicyDocumentValidator extends DefaultDocumentValidator {
    private readonly checkSettings: RiskPolicyCheckSettings;

    constructor(services: RiskPolicyServices) {
        super(services);
        this.checkSettings = services.shared.workspace.CheckSettings;
    }

    /** Every diagnostic carries its RiskPolicy code in `code` too, which editors show beside the message. */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const code = (diagnostic.data as { code?: unknown } | undefined)?.code;
            if (diagnostic.code === undefined && typeof code === 'string') {
                diagnostic.code = code;
            }
        }
        return applySeverityOverrides(diagnostics, this.checkSettings.settings.severityOverrides);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const suggestions = new Map<string, string>();
        for (const reference of document.references) {
            const error = reference.error as { suggestion?: string } | undefined;
            if (error?.suggestion && reference.$refNode) {
                suggestions.set(rangeKey(reference.$refNode.range), error.suggestion);
            }
        }
        for (const diagnostic of diagnostics.slice(start)) {
            const data = diagnostic.data as Record<string, unknown> | undefined;
            if (data?.code === DocumentValidator.LinkingError) {
                const suggestion = suggestions.get(rangeKey(diagnostic.range));
                diagnostic.data = { ...data, code: IssueCodes.UnresolvedReference, ...(suggestion ? { suggestion } : {}) };
                diagnostic.code = IssueCodes.UnresolvedReference;
            }
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        relabel(diagnostics, () => super.processParsingErrors(parseResult, diagnostics, options), IssueCodes.SyntaxError);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        relabel(diagnostics, () => super.processLexingErrors(parseResult, diagnostics, options), IssueCodes.SyntaxError);
    }
}

function relabel(diagnostics: Diagnostic[], produce: () => void, code: string): void {
    const start = diagnostics.length;
    produce();
    for (const diagnostic of diagnostics.slice(start)) {
        diagnostic.code = code;
        diagnostic.data = { ...(diagnostic.data as object | undefined), code };
    }
}

function rangeKey(range: { start: { line: number, character: number }, end: { line: number, character: number } }): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
