import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { RiskPolicyAstType } from '../generated/ast.js';
import type { RiskPolicyServices } from '../riskpolicy-module.js';
import { NamingChecks } from './naming-checks.js';
import { TimingChecks } from './timing-checks.js';
import { ConditionChecks } from './condition-checks.js';
import { RoleChecks } from './role-checks.js';
import { PanelChecks } from './panel-checks.js';
import { DocumentChecks } from './document-checks.js';
import { RuleChecks } from './rule-checks.js';
import { PolicyChecks } from '../conformance/riskpolicy-policy-checks.js';

/** The single-document checks of the language, grouped by area. Each method checks one rule. */
export class RiskPolicyValidator {
    readonly naming = new NamingChecks();
    readonly timing = new TimingChecks();
    readonly conditions = new ConditionChecks();
    readonly roles = new RoleChecks();
    readonly panels = new PanelChecks();
    readonly documents = new DocumentChecks();
    readonly rules = new RuleChecks();
}

type Check<T> = (node: T, accept: ValidationAcceptor) => void;

function bind<T, C extends object>(owner: C, check: Check<T>): Check<T> {
    return check.bind(owner);
}

export function registerValidationChecks(services: RiskPolicyServices): void {
    const registry = services.validation.ValidationRegistry;
    const { naming, timing, conditions, roles, panels, documents, rules } = services.validation.RiskPolicyValidator;
    const checks: ValidationChecks<RiskPolicyAstType> = {
        Policy: [
            bind(naming, naming.checkDeclarationNamesAreUnique),
            bind(panels, panels.checkPanelsUsedForDeadlinesMeet),
            bind(documents, documents.checkReviewDateFollowsEffectiveDate),
            bind(documents, documents.checkCitationsAreReadable)
        ],
        Standard: [
            bind(naming, naming.checkDeclarationNamesAreUnique),
            bind(panels, panels.checkPanelsUsedForDeadlinesMeet),
            bind(documents, documents.checkCitationsAreReadable)
        ],
        ScenarioSet: [bind(documents, documents.checkCitationsAreReadable), bind(naming, naming.checkCaseNamesAreUnique)],
        Scale: bind(naming, naming.checkLevelNamesAreUnique),
        Duration: [
            bind(timing, timing.checkDurationHasUnit),
            bind(timing, timing.checkDaysSayWhichDays)
        ],
        RelativeDeadline: bind(timing, timing.checkDeadlineHasAnchor),
        Cadence: bind(timing, timing.checkCadenceHasUnit),
        MeetingCadence: bind(timing, timing.checkMeetingCadenceSaysHowOften),
        LevelRange: [
            bind(conditions, conditions.checkExactLevelIsMeant),
            bind(conditions, conditions.checkOrderOnlyOnOrderedScales),
            bind(conditions, conditions.checkLevelRangeIsNotEmpty),
            bind(conditions, conditions.checkLevelsBelongToEveryScale)
        ],
        Role: bind(roles, roles.checkSeniorityDoesNotCycle),
        StandInClause: bind(roles, roles.checkStandInsDoNotCycle),
        EscalationRoute: [
            bind(roles, roles.checkEscalationRouteDoesNotRevisit),
            bind(roles, roles.checkEscalationRoutesDoNotLoop)
        ],
        Duty: bind(roles, roles.checkApproversAreSeniorToAuthor),
        Rule: bind(rules, rules.checkOneDeadlinePerDuty),
        Requirement: bind(rules, rules.checkOneDeadlinePerDuty),
        RoleSet: bind(roles, roles.checkRoleSetUsesOneConjunction),
        Panel: [
            bind(panels, panels.checkChairDoesNotPresent),
            bind(panels, panels.checkClausesAgree)
        ],
        MappaClause: bind(panels, panels.checkSchemeIsMappa),
        EffectiveHeader: bind(documents, documents.checkDateExists),
        ReviewHeader: bind(documents, documents.checkDateExists),
        ClosureHeader: [
            bind(documents, documents.checkDateExists),
            bind(documents, documents.checkClosureEndsAfterStart)
        ],
        PublishedHeader: bind(documents, documents.checkDateExists)
    };
    registry.register(checks, undefined, 'fast');
    const policyChecks = new PolicyChecks(() => services.analysis.PolicyAnalysis);
    registry.register<RiskPolicyAstType>({ Policy: bind(policyChecks, policyChecks.checkPolicyAgainstStandardsAndItself) }, undefined, 'slow');
}
