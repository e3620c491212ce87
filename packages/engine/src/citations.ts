import type { Citation } from './ir/common.js';

/**
 * Reads a citation such as `[003 §4.2.1]`, `[003:64]`, `[004:13506-14010]`, `[000 §21 line 377]`
 * or `[CMG2022 §2.3 lines 776-778]`. Returns undefined when the text has none of these shapes.
 */
export function parseCitation(text: string): Citation | undefined {
    const match = /^\[\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?::(\d+)(?:-(\d+))?)?(?:\s+§\s*([0-9A-Za-z][0-9A-Za-z.()-]*))?(?:\s+lines?\s+(\d+)(?:-(\d+))?)?\s*\]$/.exec(text);
    if (!match) {
        return undefined;
    }
    const [, document, colonFrom, colonTo, section, lineFrom, lineTo] = match;
    const from = colonFrom ?? lineFrom;
    const to = colonFrom ? colonTo : lineTo;
    const citation: Citation = { text, document };
    if (section) {
        citation.section = section;
    }
    if (from) {
        citation.lines = { from: Number(from), to: Number(to ?? from) };
    }
    return citation;
}
