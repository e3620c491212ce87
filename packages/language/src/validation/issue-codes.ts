/**
 * Stable codes of every finding the language reports. Tools, tests, example READMEs and
 * severity overrides refer to these strings: never rename one.
 */
export namespace IssueCodes {
    export const SyntaxError = 'syntax-error';
    export const UnresolvedReference = 'unresolved-reference';
    /** A level that resolves on one compared scale but is not a level of another (`RoSH or flag-scale is High`). */
    export const LevelNotOnScale = 'level-not-on-scale';
    export const DuplicateName = 'duplicate-name';
    export const AliasClash = 'alias-clash';
    export const DuplicateLevel = 'duplicate-level';
    export const MissingUnit = 'missing-unit';
    export const AmbiguousDays = 'ambiguous-days';
    export const MissingAnchor = 'missing-anchor';
    export const ExactLevelComparison = 'exact-level-comparison';
    export const OrderOnUnorderedScale = 'order-on-unordered-scale';
    export const EmptyLevelRange = 'empty-level-range';
    export const StandInCycle = 'stand-in-cycle';
    export const EscalationCycle = 'escalation-cycle';
    export const SeniorityCycle = 'seniority-cycle';
    export const ApproverNotSenior = 'approver-not-senior';
    export const ApproverSeniorityUnknown = 'approver-seniority-unknown';
    export const MixedConjunction = 'mixed-conjunction';
    export const ConflictingDeadlines = 'conflicting-deadlines';
    export const ChairPresents = 'chair-presents';
    export const ConflictingPanelClauses = 'conflicting-panel-clauses';
    export const PanelWithoutCadence = 'panel-without-cadence';
    export const UnknownScheme = 'unknown-scheme';
    export const ReviewBeforeEffective = 'review-before-effective';
    export const ReviewTooFar = 'review-too-far';
    export const InvalidDate = 'invalid-date';
    export const ClosureEndsBeforeStart = 'closure-ends-before-start';
    export const MalformedCitation = 'malformed-citation';
}
