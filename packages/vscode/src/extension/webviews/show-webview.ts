import { ViewColumn, window } from 'vscode';
import type { WebviewPanel } from 'vscode';
import type { WebviewContext } from './webview-page.js';

/** The panels open now, by view type and subject, so that showing the same thing again reuses its tab. */
const open = new Map<string, WebviewPanel>();

/**
 * Shows a page beside the editor, scripts off and no local files: in the panel already showing
 * `subject` (a policy, a case) in this view, brought forward with the new page, or in a new one.
 */
export function showWebview(viewType: string, subject: string, title: string, render: (context: WebviewContext) => string): WebviewPanel {
    const key = `${viewType}|${subject}`;
    let panel = open.get(key);
    if (panel) {
        panel.title = title;
        panel.reveal(undefined, true);
    } else {
        panel = window.createWebviewPanel(viewType, title, { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: false,
            enableFindWidget: true,
            localResourceRoots: []
        });
        open.set(key, panel);
        panel.onDidDispose(() => open.delete(key));
    }
    panel.webview.html = render({ cspSource: panel.webview.cspSource });
    return panel;
}

/** The panel showing `subject` in this view, if one is open. */
export function openWebview(viewType: string, subject: string): WebviewPanel | undefined {
    return open.get(`${viewType}|${subject}`);
}
