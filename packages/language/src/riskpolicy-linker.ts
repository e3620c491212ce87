import type { AstNodeDescription, LinkingError, ReferenceInfo } from 'langium';
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
            candidates = [];
        }
        const suggestion = closestName(text, candidates);
        const advice = suggestion
            ? `Did you mean '${suggestion}'?`
            : `Declare it, or check the spelling.`;
        return { ...error, message: `Unknown ${kind} '${text}'. ${advice}`, suggestion } as LinkingError;
    }
}
