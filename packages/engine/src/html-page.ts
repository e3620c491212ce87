/** Text made safe to place in HTML. */
export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A self-contained page: no scripts, no network (the Content-Security-Policy forbids both), colours
 * from the reader's light or dark scheme. `style` and `body` are trusted markup.
 */
export function htmlPage(title: string, style: string, body: string): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
:root { color-scheme: light dark; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: CanvasText; background: Canvas; }
h1 { font-size: 1.4rem; }
.meta { color: GrayText; font-size: 0.9rem; }
${style}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
