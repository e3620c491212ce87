import { ViewColumn, window } from 'vscode';
import type { WebviewPanel } from 'vscode';
import type { WebviewContext } from './webview-page.js';

/** Opens a webview beside the editor, scripts off and no local files, with the page `render` builds. */
export function showWebview(viewType: string, title: string, render: (context: WebviewContext) => string): WebviewPanel {
    const panel = window.createWebviewPanel(viewType, title, { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableFindWidget: true,
        localResourceRoots: []
    });
    panel.webview.html = render({ cspSource: panel.webview.cspSource });
    return panel;
}
