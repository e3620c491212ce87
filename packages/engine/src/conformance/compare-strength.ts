import type { Strength } from '../ir/common.js';
import type { Duty } from '../ir/rules.js';
import { taskLabel } from '../simulation/labels.js';
import { PolicyFindingCodes as Codes } from './findings.js';

export interface StrengthVerdict {
    code?: string;
    message?: string;
    facts?: string[];
    tightened: boolean;
}

/** How binding each word is: `must` leaves no choice, `should` allows a reasoned exception, `consider` asks only for thought, `may` permits. */
const bindingness: Record<Strength, number> = { must: 3, should: 2, consider: 1, may: 0 };

const leeway: Record<Strength, string> = {
    must: 'it must be done',
    should: 'a reasoned exception is allowed',
    consider: 'only thinking about it is required',
    may: 'doing it is optional'
};

/**
 * A national floor says how binding the duty is; a local duty in weaker words (`should` for `must`,
 * `may` for `should`) lets the work go undone where the national text does not. A ceiling bounds
 * what the service may require, so a weaker local word never breaches it.
 */
export function compareStrength(local: Duty, national: Duty, direction: 'floor' | 'ceiling'): StrengthVerdict {
    if (direction === 'ceiling') {
        return { tightened: false };
    }
    const localRank = bindingness[local.strength];
    const nationalRank = bindingness[national.strength];
    if (localRank < nationalRank) {
        return {
            code: Codes.DutyWeaker, tightened: false,
            message: `The national requirement says '${national.strength}'; the local duty says '${local.strength}', so locally ${leeway[local.strength]} where nationally ${leeway[national.strength]}.`,
            facts: [`${local.actors.join(local.jointly ? ' and ' : ' or ')} decide${local.actors.length === 1 && !local.jointly ? 's' : ''} not to ${taskLabel(local.action)}`]
        };
    }
    return { tightened: localRank > nationalRank };
}

/** The more binding of two duties; the first when they are as binding as each other. */
export function strongerOf(first: Duty, second: Duty): Duty {
    return bindingness[second.strength] > bindingness[first.strength] ? second : first;
}
