import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CaseTimeline } from '@riskpolicy/engine';
import { clearTestDocuments, createTestServices, type Services } from '../helpers/services.js';
import { simulated } from '../helpers/simulation.js';
import { policyWith } from '../helpers/policy.js';

let services: Services;
beforeAll(async () => { services = await createTestServices(); });
afterEach(async () => { await clearTestDocuments(services); });

const policy = policyWith(`
rule assess "Assess within 20 working days of the order" [003:46]
    when order-start
    case-holder must "complete the assessment" within 20 working days of order-start
rule discuss-high "Discuss a High rating within 24 hours" [003:64]
    when RoSH becomes High or above
    line-manager must "discuss the rating" with case-holder within 24 hours of the judgement
    case-holder must refer to MARP by the next meeting of MARP
    if missed escalate via overdue
rule monthly-review [003:116]
    while RoSH is High or above
    line-manager must "review the case" at least every 1 month
rule lowering [003:166]
    when RoSH is lowered from High or above
    requires approval by MARP
`);

function scenario(body: string): string {
    return `scenarios for test-policy\ncase "the case" [003:64]\n    born 2008-03-14\n    type statutory-order\n${body}`;
}

describe('simulating a case', () => {
    test('working days over Christmas skip the bank holidays, named in the explanation', async () => {
        const [result] = await simulated(services, policy, scenario('    2024-12-20 order-start\n'));
        const assessment = result.timeline.obligations.find(obligation => obligation.task === 'complete the assessment');
        expect(assessment).toMatchObject({ due: '2025-01-22T23:59', status: 'open', rule: 'assess', holder: ['case-holder'] });
        expect(assessment?.why).toBe('20 working days from Fri 20 Dec 2024 is Wed 22 Jan 2025; skipped 25 Dec (Christmas Day), 26 Dec (Boxing Day), 1 Jan (New Year\'s Day) and 10 weekend days.');
        expect(CaseTimeline.safeParse(result.timeline).success).toBe(true);
    });

    test('a referral by the next meeting snaps to the panel\'s real sitting', async () => {
        const [result] = await simulated(services, policy, scenario('    2025-01-02 RoSH assessed High\n'));
        // MARP meets every 2 weeks on Tuesday from 2024-01-09: the sittings after 2 Jan 2025 are 7 Jan, 21 Jan, …
        expect(result.timeline.obligations.find(obligation => obligation.task === 'refer to MARP')).toMatchObject({ due: '2025-01-07T23:59', referredTo: ['MARP'] });
        expect(result.timeline.obligations.find(obligation => obligation.task === 'discuss the rating')).not.toHaveProperty('referredTo');
        expect(result.timeline.obligations.find(obligation => obligation.task === 'refer to MARP')?.why).toContain('MARP meets every 2 weeks on Tuesday');
    });

    test('a stand-in takes the duty while the holder is away', async () => {
        const [result] = await simulated(services, policy, scenario('    line-manager unavailable 2024-12-23 to 2025-01-03\n    2024-12-23 RoSH assessed High\n'));
        const discussion = result.timeline.obligations.find(obligation => obligation.task === 'discuss the rating');
        expect(discussion?.handedTo).toEqual({ to: 'duty-manager', why: 'line-manager is unavailable 2024-12-23 to 2025-01-03; duty-manager stands in' });
    });

    test('a missed deadline is a breach, escalated up the route after each timeout', async () => {
        const [result] = await simulated(services, policy, scenario('    MARP sits on 2025-01-07\n    2025-01-02 RoSH assessed High\n    2025-01-15 case-holder completed "refer to MARP"\n'));
        const referral = result.timeline.obligations.find(obligation => obligation.task === 'refer to MARP');
        expect(referral).toMatchObject({ status: 'late', due: '2025-01-07T23:59', completedAt: '2025-01-15T09:00' });
        // case-holder -> line-manager (after 1 working day) -> service-manager: the line manager one working day
        // after the breach, the service manager with no further wait.
        expect(referral?.escalations.map(escalation => [escalation.at, escalation.to])).toEqual([
            ['2025-01-08T23:59', ['line-manager']], ['2025-01-08T23:59', ['service-manager']]
        ]);
        expect(result.timeline.entries.filter(entry => entry.kind === 'breach' && entry.text.includes('refer to MARP')).map(entry => entry.text)).toEqual([`missed: 'refer to MARP' was due end of Tue 7 Jan 2025, done Wed 15 Jan 2025 09:00`]);
    });

    test('a cadence renews from each completion while its condition holds', async () => {
        const [result] = await simulated(services, policy, scenario('    2025-01-02 RoSH assessed High\n    2025-01-20 line-manager completed "review the case"\n'));
        const reviews = result.timeline.obligations.filter(obligation => obligation.task === 'review the case');
        expect(reviews.map(review => [review.status, review.due])).toEqual([['met', '2025-02-03T23:59'], ['open', '2025-02-20T23:59']]);
    });

    test('lowering a rating needs the panel\'s approval by its next sitting', async () => {
        const [result] = await simulated(services, policy, scenario('    MARP sits on 2025-02-04\n    2025-01-02 RoSH assessed High\n    2025-01-28 RoSH assessed Medium\n'));
        expect(result.timeline.obligations.find(obligation => obligation.approval)).toMatchObject({ holder: ['MARP'], due: '2025-02-04T23:59', task: 'approval by MARP' });
    });

    test('expectations pass or fail with a readable expected-against-actual message', async () => {
        const [result] = await simulated(services, policy, scenario(`    MARP sits on 2025-01-07
    2025-01-02 RoSH assessed High
    expect "refer to MARP" due 2025-01-07
    expect "refer to MARP" due 2025-01-08
    expect breach of discuss-high
    expect escalation to line-manager on 2025-01-08
    expect approval by MARP
`));
        expect(result.expectations.map(expectation => expectation.passed)).toEqual([true, false, true, true, false]);
        expect(result.expectations[1].message).toBe('expected "refer to MARP" due Wed 8 Jan 2025; the simulation has due end of Tue 7 Jan 2025 (rule discuss-high: by the next meeting of MARP on Tue 7 Jan 2025 (the sittings the scenario gives))');
        expect(result.expectations[4].message).toBe('expected an approval by MARP; no approval was needed');
        expect(result.passed).toBe(false);
    });

    test('a while-duty ends when its condition stops holding, and one completion meets two rules for the same task', async () => {
        const text = policy.replace('rule lowering [003:166]', `rule three-monthly [004:500]
    while child is open-to-service
    case-holder must "review the assessment" at least every 3 months
rule six-monthly [004:12]
    while child is open-to-service
    case-holder should "review the assessment" at least every 6 months
rule lowering [003:166]`);
        const [result] = await simulated(services, text, scenario(`    2025-01-02 RoSH assessed High
    2025-01-20 RoSH assessed Medium
    2025-03-03 case-holder completed "review the assessment"
`));
        const review = result.timeline.obligations.filter(obligation => obligation.task === 'review the case');
        expect(review.map(obligation => [obligation.status, obligation.endedAt])).toEqual([['ended', '2025-01-20T09:00']]);
        const assessments = result.timeline.obligations.filter(obligation => obligation.task === 'review the assessment' && obligation.completedAt);
        expect(assessments.map(obligation => obligation.rule).sort()).toEqual(['six-monthly', 'three-monthly']);
    });

    test('a rule with no trigger applies from the case\'s first step; another named actor comes before a stand-in', async () => {
        const text = policy.replace('rule lowering [003:166]', `rule standing-list [003:201]
    line-manager or service-manager must "keep the high-risk list" within 5 working days of the start
rule lowering [003:166]`);
        const [result] = await simulated(services, text, scenario('    line-manager unavailable 2025-01-01 to 2025-01-31\n    2025-01-06 order-start\n'));
        expect(result.timeline.obligations.find(obligation => obligation.task === 'keep the high-risk list')).toMatchObject({
            due: '2025-01-13T23:59', handedTo: { to: 'service-manager', why: 'line-manager is unavailable 2025-01-01 to 2025-01-31; service-manager is also named' }
        });
    });
});
