import { formatMoment } from '../calendar/dates.js';
import { escapeHtml as escape, htmlPage, type PageParts } from '../html-page.js';
import type { CaseTimeline, Obligation } from './timeline.js';


const DAY = 86_400_000;

function time(moment: string): number {
    return Date.parse(`${moment}:00Z`);
}

function bar(obligation: Obligation, start: number, span: number): string {
    const opened = time(obligation.openedAt);
    const end = time(obligation.completedAt ?? obligation.due ?? obligation.openedAt);
    const left = Math.min(99.4, ((opened - start) / span) * 100);
    const width = Math.min(100 - left, Math.max(0.6, ((Math.max(end, opened) - opened) / span) * 100));
    const due = obligation.due ? `<span class="due" style="left:${((time(obligation.due) - start) / span) * 100}%" title="due ${escape(formatMoment(obligation.due))}"></span>` : '';
    const escalations = obligation.escalations.map(escalation =>
        `<span class="escalation" style="left:${((time(escalation.at) - start) / span) * 100}%" title="${escape(`escalated to ${escalation.to.join(' or ')} on ${formatMoment(escalation.at)}`)}"></span>`).join('');
    return `<div class="track"><span class="bar ${obligation.status}" style="left:${left}%;width:${width}%"></span>${due}${escalations}</div>`;
}

/**
 * A self-contained page (no scripts, no network) showing each case as a Gantt-style chart: one row
 * per obligation from when it opened to when it was done or due, the due date marked, escalations
 * marked, and a plain list of every timeline entry with its reason.
 */
export function renderTimelinesHtml(title: string, timelines: CaseTimeline[]): string {
    return htmlPage(timelinesPage(title, timelines));
}

/** The cases' charts and timelines, as parts of a page. */
export function timelinesPage(title: string, timelines: CaseTimeline[]): PageParts {
    const sections = timelines.map(timeline => {
        const dated = timeline.obligations.filter(obligation => obligation.due || obligation.completedAt);
        const standing = timeline.obligations.filter(obligation => !obligation.due && !obligation.completedAt);
        const start = time(timeline.from) - DAY;
        const end = Math.max(time(timeline.until), ...dated.map(obligation => time(obligation.completedAt ?? obligation.due!)));
        const span = Math.max(DAY, end + DAY - start);
        const rows = dated.map(obligation => `<tr>
  <th scope="row"><span class="task">${escape(obligation.task)}</span><br><span class="meta">${escape(obligation.rule)} · ${escape((obligation.handedTo?.to ?? obligation.holder.join(' or ')))}</span></th>
  <td class="chart">${bar(obligation, start, span)}</td>
  <td><span class="status ${obligation.status}">${obligation.status}</span><br><span class="meta">${obligation.due ? `due ${escape(formatMoment(obligation.due))}` : 'no due date'}</span></td>
</tr>`).join('\n');
        const standingList = standing.length === 0 ? '' : `<h3>Standing duties (no deadline)</h3>
<ul class="standing">
${standing.map(obligation => `<li>${escape(obligation.task)} <span class="meta">${escape(obligation.rule)} · ${escape(obligation.handedTo?.to ?? obligation.holder.join(' or '))} · ${escape(obligation.why)}</span></li>`).join('\n')}
</ul>`;
        const entries = timeline.entries.map(entry => `<li><time>${escape(formatMoment(entry.at))}</time> <span class="kind ${entry.kind}">${escape(entry.kind)}</span> ${escape(entry.text)}</li>`).join('\n');
        return `<section aria-label="${escape(timeline.case)}">
<h2>${escape(timeline.case)}</h2>
<p class="meta">${escape(formatMoment(timeline.from))} to ${escape(formatMoment(timeline.until))} · policy ${escape(timeline.policy)} · chart runs to ${escape(formatMoment(new Date(end).toISOString().slice(0, 16)))}</p>
<table class="gantt"><thead><tr><th scope="col">Obligation</th><th scope="col">Timeline</th><th scope="col">Status</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${standingList}
<h3>What happened, and why</h3>
<ol class="entries">
${entries}
</ol>
</section>`;
    }).join('\n');
    return {
        title,
        style: `:root { --met: #2e7d32; --late: #ef6c00; --breached: #c62828; --open: #1565c0; }
h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; }
.meta { font-size: 0.85rem; }
table.gantt { width: 100%; border-collapse: collapse; }
.gantt th, .gantt td { border-bottom: 1px solid color-mix(in srgb, CanvasText 15%, transparent); padding: 0.4rem; text-align: left; vertical-align: top; }
.gantt th[scope=row] { width: 32%; font-weight: normal; }
td.chart { width: 50%; }
.track { position: relative; height: 1.4rem; background: color-mix(in srgb, CanvasText 6%, transparent); border-radius: 3px; }
.bar { position: absolute; top: 0.2rem; height: 1rem; border-radius: 3px; }
.bar.met, .status.met { background: var(--met); } .bar.late, .status.late { background: var(--late); }
.bar.breached, .status.breached { background: var(--breached); } .bar.open, .status.open { background: var(--open); }
.bar.ended, .status.ended { background: #757575; }
.due { position: absolute; top: 0; width: 2px; height: 1.4rem; background: CanvasText; }
.escalation { position: absolute; top: 0; width: 0.6rem; height: 0.6rem; margin-left: -0.3rem; background: var(--breached); transform: rotate(45deg); }
.status { color: white; padding: 0 0.4rem; border-radius: 3px; font-size: 0.85rem; }
ol.entries { padding-left: 1.2rem; } ol.entries time { font-variant-numeric: tabular-nums; }
.kind { font-size: 0.8rem; padding: 0 0.3rem; border: 1px solid GrayText; border-radius: 3px; }
`,
        body: `<h1>${escape(title)}</h1>
<p class="meta">Bars run from when each obligation opened to when it was done (or fell due). The black line marks the due date; diamonds mark escalations. Green: met; orange: late; red: missed; blue: still open; grey: no longer owed.</p>
${sections}
`
    };
}
