import { describe, expect, test } from 'vitest';
import { parseCitation } from '@riskpolicy/engine';

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
