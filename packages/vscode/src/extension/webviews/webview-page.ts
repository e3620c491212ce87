// Pages for VS Code webviews, built as plain strings so they can be tested outside VS Code.
// Every page: a strict Content-Security-Policy (nothing but the page's own inline styles and the
// webview's resources; no scripts, no network), colours from the VS Code theme, relative sizes.

import { basePageStyle, escapeHtml, type PageParts } from '@riskpolicy/engine';

export { escapeHtml };

/** What a page needs to know about the webview that shows it (`webview.cspSource`). */
export interface WebviewContext {
    cspSource: string;
}

function contentSecurityPolicy(context: WebviewContext): string {
    return `default-src 'none'; style-src ${context.cspSource} 'unsafe-inline'`;
}

/**
 * The theme: VS Code's colour variables (falling back to the system's light or dark colours when
 * the page is opened elsewhere), the editor's font, and tables that wrap rather than overflow.
 */
export const themeStyle = `:root {
  color-scheme: light dark;
  --rp-text: var(--vscode-editor-foreground, CanvasText);
  --rp-background: var(--vscode-editor-background, Canvas);
  --rp-muted: var(--vscode-descriptionForeground, GrayText);
  --rp-rule: var(--vscode-panel-border, color-mix(in srgb, CanvasText 20%, transparent));
}
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 14px); line-height: 1.45;
  color: var(--rp-text); background: var(--rp-background); margin: 1rem; max-width: none; }
.meta { color: var(--rp-muted); }
a { color: var(--vscode-textLink-foreground, LinkText); }
table { border-collapse: collapse; }
th, td { overflow-wrap: anywhere; }
.scroll { overflow-x: auto; }
`;

/** Engine colours written as CSS system colours, remapped to the theme's. */
function themed(style: string): string {
    return style.replace(/\bCanvasText\b/g, 'var(--rp-text)').replace(/\bCanvas\b/g, 'var(--rp-background)').replace(/\bGrayText\b/g, 'var(--rp-muted)');
}

/** A complete webview page. `style` (which should include `themeStyle`) and `body` are trusted markup. */
export function webviewPage(title: string, style: string, body: string, context: WebviewContext): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(context)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * One of the engine's pages (timelinesPage, cohortPage) as a webview page; `extraStyle` comes after
 * the engine's and the theme's rules.
 */
export function fromEnginePage(page: PageParts, context: WebviewContext, extraStyle = ''): string {
    return webviewPage(page.title, `${themed(basePageStyle + page.style)}\n${themeStyle}${extraStyle}`, `<div class="scroll">\n${page.body}</div>`, context);
}
