import { cohortPage, type CohortReport } from '@riskpolicy/engine';
import { fromEnginePage, type WebviewContext } from './webview-page.js';

/** The cohort webview: workload, panel load, sign-offs and breach rates as charts. */
export function cohortHtml(report: CohortReport, context: WebviewContext): string {
    return fromEnginePage(cohortPage(report), context, 'svg rect { fill: var(--vscode-charts-blue, #1565c0); }\n');
}
