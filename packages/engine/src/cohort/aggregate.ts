import type { CaseTimeline } from '../simulation/timeline.js';

/** ISO 8601 week of a date, `2025-W02`. */
export function isoWeek(date: string): string {
    const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
    const weekday = (day.getUTCDay() + 6) % 7;
    day.setUTCDate(day.getUTCDate() - weekday + 3);
    const firstThursday = new Date(Date.UTC(day.getUTCFullYear(), 0, 4));
    const week = 1 + Math.round(((day.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
    return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function bump(map: Map<string, number>, key: string, by = 1): void {
    map.set(key, (map.get(key) ?? 0) + by);
}

/** Running totals over many simulated cases. */
export class CohortTotals {
    cases = 0;
    obligations = 0;
    readonly workload = new Map<string, number>();
    readonly panels = new Map<string, number>();
    readonly countersignatures = new Map<string, number>();
    readonly ruleTotals = new Map<string, number>();
    readonly ruleBreaches = new Map<string, number>();

    constructor(private readonly panelIds: Set<string>) {}

    add(timeline: CaseTimeline): void {
        this.cases++;
        for (const obligation of timeline.obligations) {
            // Sign-offs count whether or not the work has a deadline: the week it falls due, else the week it opens.
            obligation.signOffs.forEach(approver => bump(this.countersignatures, `${approver}|${isoWeek(obligation.due ?? obligation.openedAt)}`));
            if (!obligation.due) continue;
            this.obligations++;
            const week = isoWeek(obligation.due);
            bump(this.workload, `${obligation.handedTo?.to ?? obligation.holder[0]}|${week}`);
            const panel = obligation.holder.find(holder => this.panelIds.has(holder)) ?? this.onlyPanel(obligation.referredTo ?? []);
            if (panel) bump(this.panels, `${panel}|${obligation.due.slice(0, 10)}`);
            bump(this.ruleTotals, obligation.rule);
            if (obligation.status === 'breached' || obligation.status === 'late') bump(this.ruleBreaches, obligation.rule);
        }
    }

    /** A referral loads a panel when it names exactly one: to "MARP or RRP" no one panel can be charged. */
    private onlyPanel(referredTo: string[]): string | undefined {
        const panels = referredTo.filter(party => this.panelIds.has(party));
        return panels.length === 1 ? panels[0] : undefined;
    }
}
