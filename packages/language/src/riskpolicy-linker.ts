import type { AstNode, AstNodeDescription, LinkingError, ReferenceInfo } from 'langium';
import type { ScaleComparison } from './generated/ast.js';
import { isAndCondition, isOrCondition, isScaleComparison } from './generated/ast.js';
import { DefaultLinker } from 'langium';
import { closestName } from './utils/closest-name.js';
import { describeType } from './utils/describe-type.js';

/** Linking errors that say what kind of thing was not found and suggest the nearest declared name. */
export class RiskPolicyLinker extends DefaultLinker {

    override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const text = refInfo.reference.$refText;
        const kind = describeType(this.reflection.getReferenceType(refInfo));
        let candidates: string[] = [];
        try {
            candidates = this.scopeProvider.getScope(refInfo).getAllElements().map(element => element.name).distinct().toArray();
        } catch {
            // A scope that cannot be computed yet (a half-typed document) only means no suggestion.
            candidates = [];
        }
        if (refInfo.container.$type === 'ScaleComparison' && isLevelOfPrecedingComparison(refInfo, text)) {
            return { ...error, message: `'${text}' is a level, not a scale. To list levels write them with commas ('Medium, ${text}'), or use 'or above' / 'or below'.` } as LinkingError;
        }
        const suggestion = closestName(text, candidates);
        const advice = suggestion
            ? `Did you mean '${suggestion}'?`
            : `Declare it, or check the spelling.`;
        return { ...error, message: `Unknown ${kind} '${text}'. ${advice}`, suggestion } as LinkingError;
    }
}

/** True when `text` names a level of the scale compared just before (`SaW is Medium or High`). */
function isLevelOfPrecedingComparison(refInfo: ReferenceInfo, text: string): boolean {
    const previous = precedingComparison(refInfo.container);
    return !!previous?.scales.some(scale => scale.ref?.levels.some(level => level.name === text || level.aliases.some(alias => alias.name === text)));
}

function precedingComparison(node: AstNode): ScaleComparison | undefined {
    const parent = node.$container;
    if (isOrCondition(parent) && parent.right === node) {
        let left: AstNode = parent.left;
        while (isOrCondition(left) || isAndCondition(left)) {
            left = left.right;
        }
        return isScaleComparison(left) ? left : undefined;
    }
    return undefined;
}
