import type { PolicyIr } from '../ir/document.js';
import type { ScenarioCase } from '../ir/scenarios.js';

/** Who can act on a date: a role is unavailable during the scenario's absences; stand-ins take over. */
export class Availability {
    constructor(private readonly policy: PolicyIr, private readonly scenario: ScenarioCase) {}

    absenceOf(role: string, date: string): { from: string, to: string } | undefined {
        return this.scenario.absences.find(absence => absence.actor === role && absence.from <= date && date <= absence.to);
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
