import type { ValidationAcceptor } from 'langium';
import type { LevelRange, Scale } from '../generated/ast.js';
import { isRatingConstraint, isScaleChange, isScaleComparison, isScaleLowering } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { expandLevelRange } from '../lowering/level-range.js';

/** Comparisons on scales say what they mean: `High or above` where Very High counts too. */
export class ConditionChecks {

    checkExactLevelIsMeant(range: LevelRange, accept: ValidationAcceptor): void {
        // A required rating names the level it requires: `intervention-level must be Standard`.
        if (isRatingConstraint(range.$container)) {
            return;
        }
        const scales = scalesOf(range);
        if (range.comparison || range.orMore || range.levels?.length !== 1 || scales.length === 0) {
            return;
        }
        const level = range.levels[0].ref;
        const higher = scales.filter(scale => scale.ordered).flatMap(scale => {
            const index = (scale.levels ?? []).findIndex(candidate => candidate.name === level?.name);
            return index >= 0 ? scale.levels.slice(index + 1).map(above => above.name) : [];
        });
        if (level && higher.length > 0) {
            const unique = [...new Set(higher)];
            accept('warning', `'${range.levels[0].$refText}' alone leaves out ${unique.join(', ')}. Write '${range.levels[0].$refText} or above' if ${unique.length > 1 ? 'they' : 'it'} should count too, or 'exactly ${range.levels[0].$refText}' if not.`, {
                node: range, property: 'levels', index: 0, data: { code: IssueCodes.ExactLevelComparison, level: range.levels[0].$refText }
            });
        }
    }

    checkOrderOnlyOnOrderedScales(range: LevelRange, accept: ValidationAcceptor): void {
        const usesOrder = range.comparison === 'above' || range.comparison === 'below' || !!range.orMore;
        const unordered = scalesOf(range).filter(scale => !scale.ordered);
        if (usesOrder && unordered.length > 0) {
            accept('error', `Scale '${unordered[0].name}' is unordered, so 'above' and 'below' mean nothing on it. List the levels instead.`, {
                node: range, data: { code: IssueCodes.OrderOnUnorderedScale }
            });
        }
    }

    checkLevelRangeIsNotEmpty(range: LevelRange, accept: ValidationAcceptor): void {
        if (!range.levels?.length) {
            return;
        }
        for (const scale of scalesOf(range)) {
            const onScale = range.levels.every(level => level.ref && scale.levels.some(candidate => candidate.name === level.ref!.name));
            if (!onScale || !scale.ordered) {
                continue;
            }
            if (expandLevelRange(scale, range).length === 0) {
                accept('warning', `No level of '${scale.name}' is ${range.comparison} ${range.levels[0].$refText}: this condition can never hold.`, {
                    node: range, data: { code: IssueCodes.EmptyLevelRange }
                });
            }
        }
    }

    checkLevelsBelongToEveryScale(range: LevelRange, accept: ValidationAcceptor): void {
        for (const scale of scalesOf(range)) {
            (range.levels ?? []).forEach((level, index) => {
                if (level.ref && !(scale.levels ?? []).some(candidate => candidate.name === level.ref!.name)) {
                    accept('error', `'${level.$refText}' is not a level of '${scale.name}'. Its levels are ${scale.levels.map(l => l.name).join(', ')}.`, {
                        node: range, property: 'levels', index, data: { code: IssueCodes.LevelNotOnScale, level: level.$refText, scale: scale.name }
                    });
                }
            });
        }
    }
}

/** The scales a level range is compared against. */
export function scalesOf(range: LevelRange): Scale[] {
    const owner = range.$container;
    if (isScaleComparison(owner) || isScaleChange(owner) || isScaleLowering(owner)) {
        return (owner.scales ?? []).map(scale => scale.ref).filter((scale): scale is Scale => !!scale);
    }
    if (isRatingConstraint(owner)) {
        return owner.scale?.ref ? [owner.scale.ref] : [];
    }
    return [];
}
