import type { AstNode, LangiumDocument, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, stream } from 'langium';
import type { LangiumCoreServices } from 'langium';
import type { Scale } from './generated/ast.js';
import {
    isJudgement, isLevelRange, isRatingConstraint, isScaleChange, isScaleComparison, isScale, isScaleLowering, isScenarioFact,
    isScenarioSet, isSuggestedRange, isSuggestion, Level
} from './generated/ast.js';

/**
 * Levels resolve against the scale(s) they compare (`RoSH is High` finds `High` among RoSH's levels);
 * references in a scenario file resolve against the policy it names; everything else resolves in the
 * document first, then in the prelude and the standards.
 */
export class RiskPolicyScopeProvider extends DefaultScopeProvider {

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override getScope(context: ReferenceInfo): Scope {
        if (this.reflection.getReferenceType(context) === Level.$type) {
            return this.levelScope(this.scalesFor(context));
        }
        const root = AstUtils.findRootNode(context.container);
        if (isScenarioSet(root) && context.container !== root) {
            const policyDocument = root.policy?.ref?.$document;
            return this.documentScope(policyDocument, context, super.getScope(context));
        }
        return super.getScope(context);
    }

    private scalesFor(context: ReferenceInfo): Scale[] {
        const container = context.container;
        const owner = isLevelRange(container) || isSuggestedRange(container) ? container.$container : container;
        if (isScaleComparison(owner) || isScaleChange(owner) || isScaleLowering(owner)) {
            return (owner.scales ?? []).map(scale => scale.ref).filter((scale): scale is Scale => !!scale);
        }
        if (isSuggestion(owner) || isJudgement(owner) || isRatingConstraint(owner)) {
            return owner.scale?.ref ? [owner.scale.ref] : [];
        }
        if (isScenarioFact(owner)) {
            const caseType = this.findScale('case-type', AstUtils.findRootNode(owner));
            return caseType ? [caseType] : [];
        }
        return [];
    }

    /** A scale by name: declared in the scenario file's policy if it declares one, else from the prelude. */
    private findScale(name: string, root: AstNode): Scale | undefined {
        const policyDocument = isScenarioSet(root) ? root.policy?.ref?.$document : undefined;
        const policyRoot = policyDocument?.parseResult.value;
        const local = policyRoot && policyDocument?.localSymbols?.has(policyRoot)
            ? policyDocument.localSymbols.getStream(policyRoot).find(description => description.type === 'Scale' && description.name === name)
            : undefined;
        const description = local ?? this.indexManager.allElements('Scale').find(candidate => candidate.name === name);
        const node = description?.node;
        return node && isScale(node) ? node : undefined;
    }

    private levelScope(scales: Scale[]): Scope {
        if (scales.length === 0) {
            return EMPTY_SCOPE;
        }
        const descriptions = scales.flatMap(scale => (scale.levels ?? []).flatMap(level => [
            this.descriptions.createDescription(level, level.name),
            ...(level.aliases ?? []).map(alias => this.descriptions.createDescription(level, alias.name))
        ]));
        return new MapScope(descriptions);
    }

    /** The named declarations of another document (a scenario file's policy), ahead of `outer`. */
    private documentScope(document: LangiumDocument | undefined, context: ReferenceInfo, outer: Scope): Scope {
        const symbols = document?.localSymbols;
        const root = document?.parseResult.value;
        if (!symbols || !root || !symbols.has(root)) {
            return outer;
        }
        const referenceType = this.reflection.getReferenceType(context);
        const visible = symbols.getStream(root).filter(description => this.reflection.isSubtype(description.type, referenceType));
        return new MapScope(stream(visible), outer);
    }
}
