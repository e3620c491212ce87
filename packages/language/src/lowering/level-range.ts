import type { LevelRange, Scale } from '../generated/ast.js';

/**
 * The levels of `scale` a written range covers, lowest first:
 * `High or above` gives High and every higher level; `above Medium` every level higher than Medium;
 * a plain list gives those levels. Levels not on the scale are ignored.
 */
export function expandLevelRange(scale: Scale, range: LevelRange): string[] {
    const names = (scale.levels ?? []).map(level => level.name);
    const chosen = (range.levels ?? []).map(level => level.ref?.name).filter((name): name is string => !!name && names.includes(name));
    if (!scale.ordered || (!range.orMore && (!range.comparison || range.comparison === 'exactly'))) {
        return names.filter(name => chosen.includes(name));
    }
    const indices = chosen.map(name => names.indexOf(name));
    const low = Math.min(...indices);
    const high = Math.max(...indices);
    if (range.comparison === 'above') {
        return names.slice(high + 1);
    }
    if (range.comparison === 'below') {
        return names.slice(0, low);
    }
    return range.orMore === 'above' ? names.slice(low) : names.slice(0, high + 1);
}
