import { timelinesPage, type CaseTimeline } from '@riskpolicy/engine';
import { fromEnginePage, type WebviewContext } from './webview-page.js';

/** The timeline webview: the simulator's Gantt chart and explained entries for each case. */
export function timelineHtml(title: string, timelines: CaseTimeline[], context: WebviewContext): string {
    return fromEnginePage(timelinesPage(title, timelines), context);
}
