import type { PolicyIr } from '../ir/document.js';
import type { ScenarioCase } from '../ir/scenarios.js';

/** Who can act on a date: a role is unavailable during the scenario's absences; stand-ins take over. */
export class Availability {
    constructor(private readonly policy: PolicyIr, private readonly scenario: ScenarioCase) {}

    absenceOf(role: string, date: string): { from: string, to: string } | undefined {
        return this.scenario.absences.find(absence => absence.actor === role && absence.from <= date && date <= absence.to);
    }

    /**
     * Who holds a duty naming `roles` (any one of them) on `date`: the first named role that is
     * available, else the first one's stand-in; `why` says what happened when it was not the first.
     */
    holderFor(roles: string[], date: string): { role: string, roles?: string[], why?: string } {
        const [first, ...others] = roles;
        const absence = this.absenceOf(first, date);
        if (!absence) return { role: first };
        const other = others.find(role => !this.absenceOf(role, date));
        return other ? { role: other, why: `${first} is unavailable ${absence.from} to ${absence.to}; ${other} is also named` } : this.actorFor(first, date);
    }

    /** Who owes a joint duty on `date`: each named role, or its stand-in when it is away. */
    jointHolders(roles: string[], date: string): { role: string, roles: string[], why?: string } {
        const covered = roles.map(role => ({ role, cover: this.actorFor(role, date) }));
        const reasons = covered.filter(entry => entry.cover.why).map(entry => entry.cover.why!);
        const holders = covered.map(entry => entry.cover.role);
        return { role: holders[0], roles: holders, ...(reasons.length ? { why: reasons.join('; ') } : {}) };
    }

    /** The role itself if available on `date`, else the first available stand-in, with the reason. */
    actorFor(role: string, date: string): { role: string, why?: string } {
        const absence = this.absenceOf(role, date);
        if (!absence) {
            return { role };
        }
        const standIns = this.policy.roles.find(candidate => candidate.id === role)?.standIns ?? [];
        const available = standIns.find(standIn => !this.absenceOf(standIn, date));
        return available
            ? { role: available, why: `${role} is unavailable ${absence.from} to ${absence.to}; ${available} stands in` }
            : { role, why: `${role} is unavailable ${absence.from} to ${absence.to} and no stand-in is available` };
    }
}
