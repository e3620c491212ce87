import type { CohortReport } from './run-cohort.js';
import { escapeHtml as escape, htmlPage, type PageParts } from '../html-page.js';


/** A bar chart as inline SVG: one bar per label, scaled to the largest value. */
function bars(title: string, items: Array<{ label: string, value: number, note?: string }>, unit: string, empty = 'Nothing to show.'): string {
    if (items.length === 0) {
        return `<h2>${escape(title)}</h2><p class="meta">${escape(empty)}</p>`;
    }
    const max = Math.max(...items.map(item => item.value), 1);
    const height = 22;
    const rows = items.map((item, index) => {
        const width = (item.value / max) * 380;
        return `<g transform="translate(0,${index * height})"><text x="0" y="15" class="label">${escape(item.label)}</text><rect x="260" y="4" width="${width.toFixed(1)}" height="14" rx="2"></rect><text x="${(266 + width).toFixed(1)}" y="15" class="value">${escape(item.note ?? `${item.value} ${unit}`)}</text></g>`;
    }).join('');
    return `<h2>${escape(title)}</h2><svg role="img" aria-label="${escape(title)}" viewBox="0 0 940 ${items.length * height}" width="100%">${rows}</svg>`;
}

function totalsBy<T>(items: T[], key: (item: T) => string, value: (item: T) => number): Map<string, number> {
    const totals = new Map<string, number>();
    items.forEach(item => totals.set(key(item), (totals.get(key(item)) ?? 0) + value(item)));
    return totals;
}

/** A self-contained page (no scripts, no network) with the cohort's charts. */
export function renderCohortHtml(report: CohortReport): string {
    return htmlPage(cohortPage(report));
}

/** The cohort's charts, as parts of a page. */
export function cohortPage(report: CohortReport): PageParts {
    const weeks = [...totalsBy(report.workload, entry => entry.week, entry => entry.due)].map(([label, value]) => ({ label, value }));
    const roles = [...totalsBy(report.workload, entry => entry.role, entry => entry.due)].sort((a, b) => b[1] - a[1]).map(([label, value]) => ({ label, value: Math.round(value / Math.max(1, weeks.length)), note: `${Math.round(value / Math.max(1, weeks.length))} a week on average (${value} in all)` }));
    const panels = [...totalsBy(report.panels, entry => entry.panel, entry => entry.items)].map(([panel, total]) => {
        const sittings = report.panels.filter(entry => entry.panel === panel);
        const busiest = Math.max(...sittings.map(entry => entry.items));
        return { label: panel, value: Math.round(total / sittings.length), note: `${(total / sittings.length).toFixed(1)} items a sitting on average, ${busiest} at the busiest (${sittings.length} sittings)` };
    });
    const signOffs = [...totalsBy(report.countersignatures, entry => entry.approver, entry => entry.signOffs)].sort((a, b) => b[1] - a[1]).map(([label, value]) => ({ label, value }));
    const breaches = [...report.breaches].sort((a, b) => b.rate - a.rate).slice(0, 25).map(entry => ({ label: entry.rule, value: entry.rate * 100, note: `${(entry.rate * 100).toFixed(1)}% (${entry.missed} of ${entry.obligations})` }));
    const { parameters } = report;
    return {
        title: `Cohort run: ${report.policy}`,
        style: `body { max-width: 60rem; }
h2 { font-size: 1.1rem; margin-top: 1.8rem; }
svg .label, svg .value { font: 13px system-ui, sans-serif; fill: CanvasText; }
svg rect { fill: #1565c0; }
`,
        body: `<h1>What the ${escape(report.policy)} policy asks of the service</h1>
<p class="meta">${report.cases.toLocaleString('en-GB')} synthetic cases starting ${escape(parameters.from)} over ${parameters.months} months (seed ${parameters.seed}); ${report.obligations.toLocaleString('en-GB')} dated obligations. Staff are assumed to meet ${Math.round(parameters.mix.completion.onTime * 100)}% of deadlines, miss ${Math.round(parameters.mix.completion.late * 100)}% by up to ${parameters.mix.completion.lateDays} days and never do ${Math.round(parameters.mix.completion.never * 100)}%.</p>
${bars('Obligations falling due per role, per week', roles, 'a week')}
${bars('Panel load per sitting', panels, 'items', 'No panel deadline could be dated: a panel needs a meets clause (e.g. meets every 2 weeks on Tuesday) for the next meeting to be known.')}
${bars('Countersignatures and sign-offs, per approver', signOffs, 'in all', 'No duty in the policy needs a sign-off.')}
${bars('Missed deadlines per rule (worst 25)', breaches, '%')}
${bars('Obligations falling due, week by week', weeks, 'due')}
`
    };
}
