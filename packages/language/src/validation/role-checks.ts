import type { ValidationAcceptor } from 'langium';
import type { Duty, EscalationRoute, Role, RoleSet, StandInClause } from '../generated/ast.js';
import { isChairClause, isRole, isEscalationRoute } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { compareSeniority, findCycle, juniorsOf } from './role-graph.js';

function standInsOf(role: Role): Role[] {
    return role.clauses.flatMap(clause => clause.$type === 'StandInClause'
        ? clause.standIns.map(standIn => standIn.ref).filter((standIn): standIn is Role => !!standIn)
        : []);
}

/** The role ladder, stand-ins and sign-offs make sense together. */
export class RoleChecks {

    checkStandInsDoNotCycle(clause: StandInClause, accept: ValidationAcceptor): void {
        const role = clause.$container;
        const cycle = findCycle(role, standInsOf, candidate => candidate.name);
        if (cycle) {
            accept('error', `Stand-ins go round in a circle: ${cycle.join(' -> ')}. Somebody at the end must not need a stand-in.`, {
                node: clause, property: 'standIns', data: { code: IssueCodes.StandInCycle, cycle }
            });
        }
    }

    checkSeniorityDoesNotCycle(role: Role, accept: ValidationAcceptor): void {
        const cycle = findCycle(role, juniorsOf, candidate => candidate.name);
        if (cycle) {
            accept('error', `The ladder goes round in a circle: ${cycle.join(' senior to ')}. Remove one 'senior to'.`, {
                node: role, property: 'name', data: { code: IssueCodes.SeniorityCycle, cycle }
            });
        }
    }

    checkEscalationRouteDoesNotRevisit(route: EscalationRoute, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const step of route.steps ?? []) {
            (step.holders?.parties ?? []).forEach((party, index) => {
                const name = party.ref && !isChairClause(party.ref) ? party.ref.name : party.$refText;
                if (!name) {
                    return;
                }
                if (seen.has(name)) {
                    accept('error', `Escalation route '${route.name}' comes back to '${name}'. A route must only go upwards.`, {
                        node: step.holders, property: 'parties', index, data: { code: IssueCodes.EscalationCycle }
                    });
                }
                seen.add(name);
            });
        }
    }

    checkEscalationRoutesDoNotLoop(route: EscalationRoute, accept: ValidationAcceptor): void {
        const next = (candidate: EscalationRoute) => {
            const target = candidate.next?.ref;
            return target && isEscalationRoute(target) ? [target] : [];
        };
        const cycle = findCycle(route, next, candidate => candidate.name);
        if (cycle) {
            accept('error', `Escalation routes hand over in a circle: ${cycle.join(' then via ')}.`, {
                node: route, property: 'next', data: { code: IssueCodes.EscalationCycle, cycle }
            });
        }
    }

    checkApproversAreSeniorToAuthor(duty: Duty, accept: ValidationAcceptor): void {
        const authors = (duty.actors?.parties ?? []).map(actor => actor.ref).filter(isInternalRole);
        for (const signOff of duty.signOffs) {
            (signOff.approvers?.parties ?? []).forEach((reference, index) => {
                const approver = reference.ref;
                if (!isInternalRole(approver)) {
                    return;
                }
                for (const author of authors) {
                    const standing = compareSeniority(approver, author);
                    if (standing === 'same' || standing === 'junior') {
                        accept('error', `'${approver.name}' cannot ${signOffVerb[signOff.kind] ?? 'approve'} work by '${author.name}': ${standing === 'same' ? 'it is the same role' : `'${author.name}' is senior to '${approver.name}'`}. Name a more senior role.`, {
                            node: signOff.approvers, property: 'parties', index, data: { code: IssueCodes.ApproverNotSenior }
                        });
                    } else if (standing === 'unknown') {
                        accept('warning', `The ladder does not say that '${approver.name}' is senior to '${author.name}'. Add 'senior to ${author.name}' to role '${approver.name}' (or to a role between them).`, {
                            node: signOff.approvers, property: 'parties', index, data: { code: IssueCodes.ApproverSeniorityUnknown, author: author.name }
                        });
                    }
                }
            });
        }
    }

    checkRoleSetUsesOneConjunction(set: RoleSet, accept: ValidationAcceptor): void {
        if (set.conjunctions.includes('and') && set.conjunctions.includes('or')) {
            accept('error', `This list mixes 'and' and 'or'. Say either that all of them act ('and') or that any one of them may ('or').`, {
                node: set, data: { code: IssueCodes.MixedConjunction }
            });
        }
    }
}

const signOffVerb: Record<string, string> = {
    countersigned: 'countersign', approved: 'approve', endorsed: 'endorse', checked: 'check', agreed: 'agree', signed: 'sign off'
};

function isInternalRole(node: unknown): node is Role {
    return isRole(node) && !node.external;
}
