import type { IToken } from 'chevrotain';

/** Words that may stand between a scale and the level being typed (`RoSH is above High, |`). */
const rangeWords = new Set([',', 'above', 'below', 'exactly', 'to']);

const isName = (token: IToken | undefined) => token?.tokenType.name === 'ID';

/**
 * The names of the scales whose levels fit where the text before the cursor ends, read from its
 * tokens, so that it works on the half-written line the parser could not make sense of:
 * `RoSH or SaW is |`, `RoSH becomes above |`, `is lowered from |`, `RoSH must be |`,
 * `suggest RoSH Medium to |`, `RoSH assessed |`; `type |` (a scenario's case type) gives `case-type`.
 */
export function scaleNamesBefore(tokens: IToken[]): string[] {
    let index = tokens.length - 1;
    while (index >= 0 && (isName(tokens[index]) || rangeWords.has(tokens[index].image))) {
        index--;
    }
    const anchor = tokens[index]?.image;
    switch (anchor) {
        case 'suggest':
            return isName(tokens[index + 1]) ? [tokens[index + 1].image] : [];
        case 'type':
            return ['case-type'];
        case 'is':
        case 'becomes':
            return scalesEndingAt(tokens, index - 1);
        case 'from':
            return tokens[index - 1]?.image === 'lowered' && tokens[index - 2]?.image === 'is' ? scalesEndingAt(tokens, index - 3) : [];
        case 'be':
            return tokens[index - 1]?.image === 'must' ? scalesEndingAt(tokens, index - 2) : [];
        case 'assessed':
            return scalesEndingAt(tokens, index - 1);
        default:
            return [];
    }
}

/** `RoSH or SaW` written just before `index` (inclusive). */
function scalesEndingAt(tokens: IToken[], index: number): string[] {
    const names: string[] = [];
    while (isName(tokens[index])) {
        names.unshift(tokens[index].image);
        if (tokens[index - 1]?.image !== 'or') {
            break;
        }
        index -= 2;
    }
    return names;
}
