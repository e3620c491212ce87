import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { IssueCodes } from '@riskpolicy/language';
import { clearTestDocuments, createTestServices, issuesOf, validate, type Issue, type Services } from '../helpers/services.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

const tested = new Set<string>();

/** The issues with `code`, after checking the document reports nothing else. */
async function onlyIssues(code: string, ...texts: string[]): Promise<Issue[]> {
    tested.add(code);
    const documents = await validate(services, ...texts);
    const issues = issuesOf(documents[documents.length - 1]);
    expect(issues.map(issue => issue.code).filter(other => other !== code)).toEqual([]);
    return issues;
}

/** Line of the last line of `text` containing `marker` (1-based): test bodies follow the base policy. */
function lineOf(text: string, marker: string): number {
    const lines = text.split('\n');
    for (let index = lines.length - 1; index >= 0; index--) {
        if (lines[index].includes(marker)) {
            return index + 1;
        }
    }
    throw new Error(`no line contains ${marker}`);
}

describe('one test per finding code', () => {
    test(IssueCodes.SyntaxError, async () => {
        const text = policyWith('rule r\n    case-holder must within 3 working days\n');
        const issues = await onlyIssues(IssueCodes.SyntaxError, text);
        expect(issues[0]).toMatchObject({ severity: 'error', line: lineOf(text, 'must within') });
    });

    test(IssueCodes.UnresolvedReference, async () => {
        const text = policyWith('rule r\n    line-manger must "review the case" at least every month\n');
        const issues = await onlyIssues(IssueCodes.UnresolvedReference, text);
        expect(issues).toEqual([{ code: 'unresolved-reference', severity: 'error', line: lineOf(text, 'line-manger'), message: `Unknown role or panel 'line-manger'. Did you mean 'line-manager'?` }]);
    });

    test(IssueCodes.LevelNotOnScale, async () => {
        // `High` resolves (it is a RoSH level), so this is not an unresolved reference: it has a code of its own.
        const text = policyWith('scale flag-scale ordered: No < Yes\nrule r\n    if RoSH or flag-scale is High or above\n    case-holder must "x"\n');
        const issues = await onlyIssues(IssueCodes.LevelNotOnScale, text);
        expect(issues).toEqual([{ code: 'level-not-on-scale', severity: 'error', line: lineOf(text, 'flag-scale is High'), message: `'High' is not a level of 'flag-scale'. Its levels are No, Yes.` }]);
    });

    test(IssueCodes.DuplicateName, async () => {
        const text = policyWith('role case-holder "again"\n');
        const issues = await onlyIssues(IssueCodes.DuplicateName, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, '"again"') }]);
    });

    test(`${IssueCodes.DuplicateName}: two cases of one scenario file named alike`, async () => {
        const scenarios = 'scenarios for test-policy\ncase "High RoSH"\n    2025-01-06 RoSH assessed High\ncase "high  rosh"\n    2025-01-06 RoSH assessed High\n';
        const issues = await onlyIssues(IssueCodes.DuplicateName, policyWith(''), scenarios);
        expect(issues).toMatchObject([{ severity: 'error', line: 4, message: 'This file already has a case named high  rosh. Give one of them another name.' }]);
    });

    test(IssueCodes.AliasClash, async () => {
        const text = policyWith('role deputy also called LM\n');
        const issues = await onlyIssues(IssueCodes.AliasClash, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'deputy also called LM') }]);
        expect(issues[0].message).toContain(`an alias of role 'line-manager'`);
    });

    test(IssueCodes.DuplicateLevel, async () => {
        const text = policyWith('scale s ordered: Low < High (also called Low)\n');
        const issues = await onlyIssues(IssueCodes.DuplicateLevel, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'scale s') }]);
    });

    test(IssueCodes.MissingUnit, async () => {
        const text = policyWith('rule r\n    when sentence\n    case-holder must "identify MAPPA eligibility" within 3 of the sentence\n');
        const issues = await onlyIssues(IssueCodes.MissingUnit, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'within 3 of') }]);
        expect(issues[0].message).toContain('hours, working days, calendar days, weeks or months');
    });

    test(`${IssueCodes.MissingUnit} in a cadence and a meeting cadence`, async () => {
        const text = policyWith('panel P\n    meets every\nrule r\n    case-holder must "review" at least every 3\n');
        const issues = await onlyIssues(IssueCodes.MissingUnit, text);
        expect(issues.map(issue => issue.line)).toEqual([lineOf(text, 'meets every'), lineOf(text, 'at least every 3')]);
    });

    test(IssueCodes.AmbiguousDays, async () => {
        const text = policyWith('rule r\n    when panel-meeting\n    case-holder must "complete the actions" within 10 days after the meeting\n');
        const issues = await onlyIssues(IssueCodes.AmbiguousDays, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'within 10 days') }]);
        expect(issues[0].message).toContain(`'10 working days' or '10 calendar days'`);
    });

    test(IssueCodes.MissingAnchor, async () => {
        const text = policyWith('rule r\n    when charge\n    case-holder must notify yjb "serious incident notification" within 24 hours\n');
        const issues = await onlyIssues(IssueCodes.MissingAnchor, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'within 24 hours') }]);
    });

    test(IssueCodes.ExactLevelComparison, async () => {
        const text = policyWith('rule r\n    if SaW is High\n    case-holder must "consider a referral"\n');
        const issues = await onlyIssues(IssueCodes.ExactLevelComparison, text);
        expect(issues).toMatchObject([{ severity: 'warning', line: lineOf(text, 'SaW is High') }]);
        expect(issues[0].message).toContain(`'High or above'`);
    });

    test(`${IssueCodes.ExactLevelComparison} is silent for 'exactly', 'or above' and the top level`, async () => {
        const text = policyWith('rule r\n    if SaW is exactly High or RoSH is High or above or LoR is Very-High\n    case-holder must "x"\n');
        expect(await onlyIssues(IssueCodes.ExactLevelComparison, text)).toEqual([]);
    });

    test(`${IssueCodes.ExactLevelComparison} is silent for a required rating`, async () => {
        const text = policyWith('rule r\n    if LoR is exactly Low\n    intervention-level must be Standard\n');
        expect(await onlyIssues(IssueCodes.ExactLevelComparison, text)).toEqual([]);
    });

    test(IssueCodes.OrderOnUnorderedScale, async () => {
        const text = policyWith('rule r\n    if case-type is custody or above\n    case-holder must "x"\n');
        const issues = await onlyIssues(IssueCodes.OrderOnUnorderedScale, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'custody or above') }]);
    });

    test(IssueCodes.EmptyLevelRange, async () => {
        const text = policyWith('rule r\n    if RoSH is above Very-High\n    case-holder must "x"\n');
        const issues = await onlyIssues(IssueCodes.EmptyLevelRange, text);
        expect(issues).toMatchObject([{ severity: 'warning', line: lineOf(text, 'above Very-High') }]);
    });

    test(IssueCodes.StandInCycle, async () => {
        const text = policyWith('role first-deputy if unavailable second-deputy\nrole second-deputy if unavailable first-deputy\n');
        const issues = await onlyIssues(IssueCodes.StandInCycle, text);
        expect(issues.map(issue => issue.line)).toEqual([lineOf(text, 'role first-deputy'), lineOf(text, 'role second-deputy')]);
        expect(issues[0].message).toContain('first-deputy -> second-deputy -> first-deputy');
    });

    test(IssueCodes.SeniorityCycle, async () => {
        const text = policyWith('role first-deputy senior to second-deputy\nrole second-deputy senior to first-deputy\n');
        const issues = await onlyIssues(IssueCodes.SeniorityCycle, text);
        expect(issues).toHaveLength(2);
        expect(issues[0].severity).toBe('error');
    });

    test(IssueCodes.EscalationCycle, async () => {
        const text = policyWith('escalation loop case-holder -> line-manager -> case-holder\nescalation r1 line-manager then via r2\nescalation r2 service-manager then via r1\n');
        const issues = await onlyIssues(IssueCodes.EscalationCycle, text);
        expect(issues.map(issue => issue.line)).toEqual([lineOf(text, 'escalation loop'), lineOf(text, 'escalation r1'), lineOf(text, 'escalation r2')]);
    });

    test(IssueCodes.ApproverNotSenior, async () => {
        const text = policyWith('rule r\n    line-manager must "complete the plan" countersigned by case-holder\n    case-holder must "complete the plan" countersigned by case-holder\n');
        const issues = await onlyIssues(IssueCodes.ApproverNotSenior, text);
        expect(issues.map(issue => issue.message)).toEqual([
            `'case-holder' cannot countersign work by 'line-manager': 'line-manager' is senior to 'case-holder'. Name a more senior role.`,
            `'case-holder' cannot countersign work by 'case-holder': it is the same role. Name a more senior role.`
        ]);
    });

    test(IssueCodes.ApproverSeniorityUnknown, async () => {
        const text = policyWith('role peer\nrule r\n    case-holder must "complete the plan" countersigned by peer\n');
        const issues = await onlyIssues(IssueCodes.ApproverSeniorityUnknown, text);
        expect(issues).toMatchObject([{ severity: 'warning', line: lineOf(text, 'countersigned by peer') }]);
    });

    test(`${IssueCodes.ApproverNotSenior} is silent when the ladder shows the approver is senior, directly or through grades`, async () => {
        const text = policyWith('role principal acts as senior-manager\nrule r\n    case-holder must "plan" countersigned by service-manager\n    line-manager must "plan" approved by principal\n');
        const documents = await validate(services, text.replace('role case-holder "case holder"', 'role case-holder "case holder" acts as case-manager').replace('role line-manager "line manager" also called LM', 'role line-manager "line manager" also called LM acts as manager'));
        expect(issuesOf(documents[0])).toEqual([]);
        tested.add(IssueCodes.ApproverNotSenior);
    });

    test(IssueCodes.MixedConjunction, async () => {
        const text = policyWith('rule r\n    case-holder must "plan" approved by line-manager and duty-manager or service-manager\n    case-holder or line-manager and duty-manager must "attend"\n');
        const issues = await onlyIssues(IssueCodes.MixedConjunction, text);
        expect(issues.map(issue => issue.line)).toEqual([lineOf(text, 'approved by'), lineOf(text, 'must "attend"')]);
    });

    test(IssueCodes.ConflictingDeadlines, async () => {
        const text = policyWith('event contingency "the contingency plan is triggered"\nrule r [003:111]\n    when contingency\n    case-holder must "review AssetPlus" within 24 hours of contingency\n    case-holder must "review AssetPlus" next working day of contingency\n');
        const issues = await onlyIssues(IssueCodes.ConflictingDeadlines, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'next working day of contingency') }]);
        expect(issues[0].message).toContain(`'within 24 hours of contingency' and 'next working day of contingency'`);
    });

    test(`${IssueCodes.ConflictingDeadlines} is silent for different tasks or actors, and for the same deadline twice`, async () => {
        const text = policyWith('rule r\n    when sentence\n    case-holder must "a" within 24 hours of sentence\n    case-holder must "b" next working day of sentence\n    line-manager must "a" next working day of sentence\n    case-holder must "a" within 24 hours of the sentence\n');
        expect(await onlyIssues(IssueCodes.ConflictingDeadlines, text)).toEqual([]);
    });

    test(IssueCodes.ChairPresents, async () => {
        const text = policyWith('panel P\n    chair line-manager or service-manager\n    presenter case-holder if absent line-manager\n');
        const issues = await onlyIssues(IssueCodes.ChairPresents, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'presenter case-holder if absent line-manager') }]);
        expect(issues[0].message).toContain(`'line-manager' may chair panel 'P'`);
    });

    test(IssueCodes.ConflictingPanelClauses, async () => {
        const text = policyWith('panel P\n    chair service-manager [000:348]\n    chair line-manager [000:400]\n    papers due 3 working days before the meeting\n    papers due 3 working days before the meeting\n');
        const issues = await onlyIssues(IssueCodes.ConflictingPanelClauses, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'chair line-manager [000:400]') }]);
        expect(issues[0].message).toBe(`Panel 'P' states its chair twice, differently: 'service-manager' and 'line-manager'. Decide which one holds and remove the other.`);
    });

    test(IssueCodes.PanelWithoutCadence, async () => {
        const text = policyWith('panel P\n    chair service-manager\nrule r\n    case-holder must refer to P by the next meeting of P\n');
        const issues = await onlyIssues(IssueCodes.PanelWithoutCadence, text);
        expect(issues).toMatchObject([{ severity: 'warning', line: lineOf(text, 'panel P') }]);
    });

    test(IssueCodes.UnknownScheme, async () => {
        const text = policyWith('panel P\n    counts as MARAC level 1\n');
        const issues = await onlyIssues(IssueCodes.UnknownScheme, text);
        expect(issues).toMatchObject([{ severity: 'error', line: lineOf(text, 'counts as') }]);
    });

    test(IssueCodes.ReviewBeforeEffective, async () => {
        const issues = await onlyIssues(IssueCodes.ReviewBeforeEffective, 'policy p\n    effective 2024-04-01\n    review by 2024-03-31\n');
        expect(issues).toMatchObject([{ severity: 'error', line: 3 }]);
    });

    test(IssueCodes.ReviewTooFar, async () => {
        const issues = await onlyIssues(IssueCodes.ReviewTooFar, 'policy p\n    effective 2024-04-01\n    review by 2025-04-02\n');
        expect(issues).toMatchObject([{ severity: 'warning', line: 3 }]);
        expect(await onlyIssues(IssueCodes.ReviewTooFar, 'policy p\n    effective 2024-04-01\n    review by 2025-04-01\n')).toEqual([]);
    });

    test(IssueCodes.InvalidDate, async () => {
        const issues = await onlyIssues(IssueCodes.InvalidDate, 'policy p\n    effective 2023-02-29\n');
        expect(issues).toMatchObject([{ severity: 'error', line: 2, message: '2023-02-29 is not a date in the calendar.' }]);
    });

    test(IssueCodes.ClosureEndsBeforeStart, async () => {
        const issues = await onlyIssues(IssueCodes.ClosureEndsBeforeStart, 'policy p\n    closed 2024-12-27 to 2024-12-20\n');
        expect(issues).toMatchObject([{ severity: 'error', line: 2 }]);
    });

    test(IssueCodes.MalformedCitation, async () => {
        const text = policyWith('rule r [see paragraph 4]\n    case-holder must "x"\n');
        const issues = await onlyIssues(IssueCodes.MalformedCitation, text);
        expect(issues).toMatchObject([{ severity: 'warning', line: lineOf(text, '[see paragraph 4]') }]);
    });
});

describe('coverage of finding codes', () => {
    // Runs after the tests above (vitest runs a file's tests in order).
    test('every code the language can report has a test above', () => {
        expect([...new Set(Object.values(IssueCodes))].filter(code => !tested.has(code))).toEqual([]);
    });
});
