/** Text made safe to place in HTML. */
export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A page before it is wrapped: its title (plain text), its own style rules and its body (trusted markup). */
export interface PageParts {
    title: string;
    style: string;
    body: string;
}

/** The rules every page starts from: the reader's light or dark scheme, a readable font. */
export const basePageStyle = `:root { color-scheme: light dark; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: CanvasText; background: Canvas; }
h1 { font-size: 1.4rem; }
.meta { color: GrayText; font-size: 0.9rem; }
`;

/** A self-contained page: no scripts, no network (the Content-Security-Policy forbids both). */
export function htmlPage({ title, style, body }: PageParts): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${basePageStyle}${style}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
