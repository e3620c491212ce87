import { describe, expect, test } from 'vitest';
import { CohortTotals } from '../../packages/engine/src/cohort/aggregate.js';
import type { CaseTimeline, Obligation } from '@riskpolicy/engine';

function obligation(fields: Partial<Obligation>): Obligation {
    return {
        id: 'd@1', rule: 'r', duty: 'd', task: 'task', citations: [], trigger: 'sentence', holder: ['case-holder'],
        openedAt: '2025-01-02T09:00', due: '2025-01-07T23:59', why: '', status: 'open', escalations: [], approval: false, signOffs: [],
        ...fields
    };
}

function totalsFor(obligations: Obligation[]): CohortTotals {
    const totals = new CohortTotals(new Set(['MARP', 'RRP']));
    totals.add({ obligations } as unknown as CaseTimeline);
    return totals;
}

describe('cohort panel load', () => {
    test('a referral to one panel, and a duty the panel holds, load that panel on the due date', () => {
        const totals = totalsFor([
            obligation({ task: 'refer to MARP', referredTo: ['MARP'] }),
            obligation({ task: 'review the plan', holder: ['RRP'] })
        ]);
        expect([...totals.panels]).toEqual([['MARP|2025-01-07', 1], ['RRP|2025-01-07', 1]]);
    });

    test('a referral whatever its wording is counted by where it goes, not by its label', () => {
        const totals = totalsFor([obligation({ task: 'present the case', referredTo: ['MARP'] })]);
        expect([...totals.panels]).toEqual([['MARP|2025-01-07', 1]]);
    });

    test('a referral to one panel or another charges neither: which one will hear it is not known', () => {
        expect([...totalsFor([obligation({ task: 'refer to MARP or RRP', referredTo: ['MARP', 'RRP'] })]).panels]).toEqual([]);
    });
});
