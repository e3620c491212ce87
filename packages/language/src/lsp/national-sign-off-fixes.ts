import { AstUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import type { Duty, Policy, Requirement, Role, RoleSet } from '../generated/ast.js';
import { isApprovalRequirement, isDuty, isPolicy, isRole } from '../generated/ast.js';
import { compareSeniority } from '../validation/role-graph.js';
import { endOf, quickFix, type FixContext } from './quick-fix-context.js';

interface NationalSignOff {
    /** The words before the approver, as the local duty should say them: `countersigned by`, `requires approval by`. */
    wording: string;
    onDuty: boolean;
    /** The least senior grade the national text accepts. */
    minimum: Role;
}

const signOffWords: Record<string, string> = { signed: 'signed off by' };

function nationalSignOff(requirement: Requirement): NationalSignOff | undefined {
    const signOff = requirement.clauses.find(isDuty)?.signOffs[0];
    const onDuty = signOff?.approvers?.parties[0]?.ref;
    if (signOff && isRole(onDuty)) {
        return { wording: signOffWords[signOff.kind] ?? `${signOff.kind} by`, onDuty: true, minimum: onDuty };
    }
    const approval = requirement.clauses.find(isApprovalRequirement);
    const onRule = approval?.approvers?.parties[0]?.ref;
    return approval && isRole(onRule) ? { wording: `requires ${approval.kind} by`, onDuty: false, minimum: onRule } : undefined;
}

/** The policy's own roles at the national grade (by name or `acts as`), or else the national grade itself. */
function approversAtMinimum(policy: Policy, minimum: Role): string[] {
    const own = AstUtils.streamAst(policy).filter(isRole).filter(role => compareSeniority(role, minimum) === 'same').map(role => role.name).toArray();
    return own.length > 0 ? own : [minimum.name];
}

/** Where a new sign-off goes on a duty: after its timing and sign-offs, before its citations. */
function endOfDutyWording(duty: Duty) {
    const last = duty.signOffs.at(-1)?.$cstNode ?? duty.timing?.$cstNode ?? duty.action?.$cstNode;
    return last ? endOf(last.range) : undefined;
}

/** sign-off-missing: the national sign-off, by a local role at the national minimum. */
export function addNationalSignOff(context: FixContext, requirement: Requirement | undefined): CodeAction[] {
    const duty = context.node ? AstUtils.getContainerOfType(context.node, isDuty) : undefined;
    const policy = duty ? AstUtils.getContainerOfType(duty, isPolicy) : undefined;
    const national = requirement && nationalSignOff(requirement);
    if (!duty?.$cstNode || !policy || !national) {
        return [];
    }
    const dutyRange = duty.$cstNode.range;
    const wordingEnd = endOfDutyWording(duty);
    if (national.onDuty && !wordingEnd) {
        return [];
    }
    return approversAtMinimum(policy, national.minimum).map((approver, index) => {
        const edit = national.onDuty
            ? { range: wordingEnd!, newText: ` ${national.wording} ${approver}` }
            : { range: endOf(dutyRange), newText: `\n${' '.repeat(dutyRange.start.character)}${national.wording} ${approver}` };
        return quickFix(context, `Add '${national.wording} ${approver}' (the national minimum is ${national.minimum.name})`, [edit], index === 0);
    });
}

/** approver-below-minimum: a local role at the national minimum approves instead. */
export function raiseApprover(context: FixContext, requirement: Requirement | undefined): CodeAction[] {
    const duty = context.node ? AstUtils.getContainerOfType(context.node, isDuty) : undefined;
    const policy = duty ? AstUtils.getContainerOfType(duty, isPolicy) : undefined;
    const national = requirement && nationalSignOff(requirement);
    if (!duty || !policy || !national) {
        return [];
    }
    const candidates = approversAtMinimum(policy, national.minimum);
    // A sign-off still being typed has no approvers yet.
    const sets: RoleSet[] = [...duty.signOffs.map(signOff => signOff.approvers), ...duty.$container.clauses.filter(isApprovalRequirement).map(approval => approval.approvers)]
        .filter((set): set is RoleSet => set !== undefined);
    const below = sets.filter(set => set.parties.some(party => isRole(party.ref) && compareSeniority(party.ref, national.minimum) === 'junior'));
    if (below.length === 0) {
        return [];
    }
    return candidates.map((approver, index) => quickFix(context, `Have ${approver} approve instead (the national minimum is ${national.minimum.name})`,
        below.flatMap(set => set.$cstNode ? [{ range: set.$cstNode.range, newText: approver }] : []), index === 0));
}
