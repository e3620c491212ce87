import type { CoverageStatus, RequirementCoverage } from '@riskpolicy/engine';
import type { CoverageResult } from '../../shared/protocol.js';
import { escapeHtml as escape, themeStyle, webviewPage, type WebviewContext } from './webview-page.js';

const statuses: CoverageStatus[] = ['implemented', 'tightened', 'laxer', 'missing', 'external', 'not-applicable'];

const style = `:root { --implemented: #2e7d32; --tightened: #1b5e20; --laxer: #c62828; --missing: #ef6c00; --external: #616161; --not-applicable: #757575; }
${themeStyle}h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.8em; }
table.coverage { width: 100%; }
.coverage th, .coverage td { border-bottom: 1px solid var(--rp-rule); padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
.coverage thead th { border-bottom-width: 2px; }
.coverage th[scope=row] { font-weight: normal; }
.status { color: white; padding: 0 0.4em; border-radius: 3px; white-space: nowrap; }
${statuses.map(status => `.status.${status} { background: var(--${status}); }`).join('\n')}
code { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); }
`;

function row(entry: RequirementCoverage): string {
    const requirement = entry.requirement;
    const title = requirement.title ? `<br>${escape(requirement.title)}` : '';
    const reason = entry.reason ? `<br><span class="meta">${escape(entry.reason)}</span>` : '';
    return `<tr>
  <th scope="row"><code>${escape(requirement.id)}</code>${title}<br><span class="meta">${escape(requirement.strength)}, ${escape(requirement.direction)}</span></th>
  <td><span class="status ${entry.status}">${escape(entry.status)}</span>${reason}</td>
  <td>${entry.rules.map(rule => `<code>${escape(rule)}</code>`).join(', ')}</td>
  <td>${entry.findings.map(finding => `<code>${escape(finding)}</code>`).join(', ')}</td>
  <td>${requirement.citations.map(citation => escape(citation.text)).join(' ')}</td>
</tr>`;
}

function table(standard: string, entries: RequirementCoverage[]): string {
    return `<section aria-label="${escape(standard)}">
<h2>${escape(standard)}</h2>
<div class="scroll"><table class="coverage">
<thead><tr><th scope="col">Requirement</th><th scope="col">Status</th><th scope="col">Rules</th><th scope="col">Findings</th><th scope="col">Citations</th></tr></thead>
<tbody>
${entries.map(row).join('\n')}
</tbody></table></div>
</section>`;
}

/**
 * The coverage webview: each national requirement the policy is held to, grouped by standard,
 * with its status, the local rules that carry it out, the findings against it and its citations.
 * The packs of `riskpolicy.standards.packs` the policy does not conform to are named as such.
 */
export function coverageHtml(result: CoverageResult, context: WebviewContext): string {
    const shown = result.requirements;
    const standards = [...new Set(shown.map(entry => entry.requirement.standard))];
    const totals = statuses.map(status => `${status} ${shown.filter(entry => entry.status === status).length}`).join(', ');
    const also = result.checkedAgainst.filter(standard => !result.conformsTo.includes(standard));
    const alsoText = also.length === 0 ? '' : ` It is also checked against ${also.map(escape).join(', ')}, from <code>riskpolicy.standards.packs</code>.`;
    const body = `<h1>National coverage: ${escape(result.policy)}</h1>
<p class="meta">The policy conforms to ${result.conformsTo.length ? result.conformsTo.map(escape).join(', ') : 'no standard'}.${alsoText}</p>
<p>${shown.length} requirement${shown.length === 1 ? '' : 's'}: ${totals}.</p>
${standards.map(standard => table(standard, shown.filter(entry => entry.requirement.standard === standard))).join('\n')}`;
    return webviewPage(`Coverage: ${result.policy}`, style, body, context);
}

/** The coverage webview while the coverage cannot be worked out, saying why. */
export function coverageUnavailableHtml(reason: string, context: WebviewContext): string {
    return webviewPage('Coverage', style, `<h1>National coverage</h1>
<p class="meta">The coverage cannot be shown now: ${escape(reason)}</p>
<p>It is shown again as soon as the policy can be checked.</p>`, context);
}
