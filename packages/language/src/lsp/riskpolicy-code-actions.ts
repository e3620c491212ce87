import type { AstNodeLocator, IndexManager, LangiumDocument, LangiumDocuments, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { RequirementReference } from '@riskpolicy/engine';
import type { Requirement } from '../generated/ast.js';
import type { RiskPolicyServices } from '../riskpolicy-module.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { fixContext, type FixContext } from './quick-fix-context.js';
import { addAnchor, addUnit, chooseWhichDays, saySpan, useSuggestion } from './single-document-fixes.js';
import { addSeniority, oneConjunction, reviewTwelveMonthsOn, rewriteCitation, swapClosureDates } from './declaration-fixes.js';
import { addCadenceEvents, findRequirement, tightenToNational, useNationalStrength } from './tighten-to-national.js';
import { addNationalSignOff, raiseApprover } from './national-sign-off-fixes.js';

type NationalFix = (context: FixContext, requirement: Requirement | undefined) => CodeAction[];

/** National findings whose fix follows from the national requirement alone. */
const nationalFixes: Record<string, NationalFix> = {
    'deadline-later': tightenToNational,
    'deadline-missing': tightenToNational,
    'no-hard-deadline': tightenToNational,
    'cadence-longer': tightenToNational,
    'frequency-below-floor': tightenToNational,
    'trigger-narrower': tightenToNational,
    'cadence-event-missing': addCadenceEvents,
    'sign-off-missing': addNationalSignOff,
    'approver-below-minimum': raiseApprover,
    'duty-weaker': useNationalStrength
};

/** Quick fixes for every mechanical finding. */
export class RiskPolicyCodeActionProvider implements CodeActionProvider {
    private readonly index: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;

    constructor(services: RiskPolicyServices) {
        this.index = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        // Several findings (e.g. two national requirements) can lead to the same edit: offer it once.
        const seen = new Set<string>();
        return params.context.diagnostics.flatMap(diagnostic => this.fixesFor(fixContext(document, diagnostic))).filter(action => {
            const key = JSON.stringify([action.title, action.edit]);
            return !seen.has(key) && seen.add(key) !== undefined;
        });
    }

    private fixesFor(context: FixContext): CodeAction[] {
        const code = context.data.code;
        switch (code) {
            case IssueCodes.AmbiguousDays: return chooseWhichDays(context);
            case IssueCodes.MissingUnit: return addUnit(context);
            case IssueCodes.MissingAnchor: return addAnchor(context);
            case IssueCodes.ExactLevelComparison: return saySpan(context);
            case IssueCodes.UnresolvedReference: return useSuggestion(context);
            case IssueCodes.ReviewTooFar:
            case IssueCodes.ReviewBeforeEffective: return reviewTwelveMonthsOn(context);
            case IssueCodes.ClosureEndsBeforeStart: return swapClosureDates(context);
            case IssueCodes.MalformedCitation: return rewriteCitation(context);
            case IssueCodes.MixedConjunction: return oneConjunction(context);
            case IssueCodes.ApproverSeniorityUnknown: return addSeniority(context);
        }
        const fix = typeof code === 'string' ? nationalFixes[code] : undefined;
        return fix && context.data.requirement
            ? fix(context, findRequirement(context.data.requirement as RequirementReference, this.index, this.documents, this.locator))
            : [];
    }
}
