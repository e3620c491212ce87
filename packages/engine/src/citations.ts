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

/** Spellings authors use for a section, a line and a range, each with the form `parseCitation` reads. */
const rewrites: Array<[RegExp, string]> = [
    [/[\u2013\u2014\u2212]/g, '-'],
    [/\s*-\s*/g, '-'],
    [/^\[\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*[,;]\s*/, '[$1 '],
    [/\s*:\s*(\d)/, ':$1'],
    [/\s+(?:sections?|sect?\.?|s\.?|paragraphs?|paras?\.?|§§)\s*(?=[0-9])/i, ' §'],
    [/\s+(?:l{1,2}\.?|lines?)\s*(?=\d)/i, ' line '],
    [/^\[\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s+(\d+(?:\.\d+)+)\s*\]$/, '[$1 §$2]']
];

/**
 * The readable form of a citation written in a near-miss spelling (`[003 section 4.2]` →
 * `[003 §4.2]`, `[003: 64–70]` → `[003:64-70]`), or undefined when no reading is certain.
 */
export function readableCitation(text: string): string | undefined {
    if (parseCitation(text)) {
        return undefined;
    }
    const rewritten = rewrites.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text.trim());
    const cited = parseCitation(rewritten);
    // A document is cited by a number or a code with one (003, CMG2022): `[see §4]` is prose, not a citation.
    return cited && /\d/.test(cited.document) ? rewritten.replace(/line (\d+-\d+)/, 'lines $1') : undefined;
}
