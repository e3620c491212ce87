import { describe, expect, test } from 'vitest';
import { parseCitation, readableCitation } from '@riskpolicy/engine';

describe('parseCitation', () => {
    test.each([
        ['[003 §4.2.1]', { document: '003', section: '4.2.1' }],
        ['[003:64]', { document: '003', lines: { from: 64, to: 64 } }],
        ['[004:13506-14010]', { document: '004', lines: { from: 13506, to: 14010 } }],
        ['[000 §21 line 377]', { document: '000', section: '21', lines: { from: 377, to: 377 } }],
        ['[CMG2022 §2.3 lines 776-778]', { document: 'CMG2022', section: '2.3', lines: { from: 776, to: 778 } }]
    ])('reads %s', (text, expected) => {
        expect(parseCitation(text)).toEqual({ text, ...expected });
    });

    test.each(['[]', '[see paragraph 4]', '[003 section 4]', '003:64'])('rejects %s', text => {
        expect(parseCitation(text)).toBeUndefined();
    });
});

describe('readableCitation', () => {
    test.each([
        ['[003 section 4.2]', '[003 §4.2]'],
        ['[003 s.4.2.1]', '[003 §4.2.1]'],
        ['[003 para 21]', '[003 §21]'],
        ['[003 §§4.2]', '[003 §4.2]'],
        ['[003 4.2.1]', '[003 §4.2.1]'],
        ['[003, §4.2]', '[003 §4.2]'],
        ['[003: 64]', '[003:64]'],
        ['[004:13506\u201314010]', '[004:13506-14010]'],
        ['[004:13506 - 14010]', '[004:13506-14010]'],
        ['[000 §21 l.377]', '[000 §21 line 377]'],
        ['[CMG2022 §2.3 ll. 776\u2013778]', '[CMG2022 §2.3 lines 776-778]']
    ])('reads %s as %s', (text, readable) => {
        expect(readableCitation(text)).toBe(readable);
        expect(parseCitation(readable)).toBeDefined();
    });

    test.each(['[see paragraph 4]', '[]', '[003 page twelve]', '[003 §4.2]'])('offers nothing for %s', text => {
        expect(readableCitation(text)).toBeUndefined();
    });
});
