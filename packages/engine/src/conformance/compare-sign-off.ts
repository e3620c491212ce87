import type { Duty, Rule, SignOff } from '../ir/rules.js';
import { PolicyFindingCodes as Codes } from './findings.js';
import type { Vocabulary } from './vocabulary.js';

export interface SignOffVerdict {
    code?: string;
    message?: string;
    facts?: string[];
    tightened: boolean;
}

/** Every approver the national text accepts, for a duty's sign-offs or its rule's approval requirements. */
function approversOf(duty: Duty | undefined, rule: Rule): string[][] {
    return [...(duty?.signOffs ?? []).map((signOff: SignOff) => signOff.approvers), ...rule.approvals.map(approval => approval.approvers)];
}

/** Whether `grade` is at least `minimum` on the national ladder. */
function atLeast(grade: string, minimum: string, vocabulary: Vocabulary): boolean {
    return grade === minimum || vocabulary.outranks(grade, minimum);
}

/**
 * The national text names the least senior grade that may approve. A local approver set where any
 * one approver may sign is only as senior as its least senior member.
 */
export function compareSignOff(local: { duty?: Duty, rule: Rule }, national: { duty?: Duty, rule: Rule }, vocabulary: Vocabulary): SignOffVerdict {
    const required = approversOf(national.duty, national.rule);
    if (required.length === 0) {
        return { tightened: false };
    }
    const minimum = required[0].find(approver => vocabulary.roles.has(approver)) ?? required[0][0];
    const offered = approversOf(local.duty, local.rule);
    if (offered.length === 0) {
        return {
            code: Codes.SignOffMissing, tightened: false,
            message: `The national requirement needs sign-off by ${minimum} or above; the local rule names no approver.`,
            facts: ['the work is completed and nobody signs it off']
        };
    }
    for (const approvers of offered) {
        for (const approver of approvers) {
            const grade = vocabulary.gradeOf(approver);
            if (grade && !atLeast(grade, minimum, vocabulary)) {
                return {
                    code: Codes.ApproverBelowMinimum, tightened: false,
                    message: `'${approver}'${grade === approver ? '' : ` (acting as ${grade})`} may approve, but the national minimum is ${minimum}.`,
                    facts: [`${approver} approves the decision alone`]
                };
            }
        }
    }
    const grades = offered.flat().map(approver => vocabulary.gradeOf(approver)).filter((grade): grade is string => !!grade);
    return { tightened: grades.length > 0 && grades.every(grade => grade !== minimum && vocabulary.outranks(grade, minimum)) };
}
