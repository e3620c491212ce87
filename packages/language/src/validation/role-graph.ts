import type { Role } from '../generated/ast.js';
import { isRole } from '../generated/ast.js';
import { reaches } from '@riskpolicy/engine';

/** The roles `role` is directly senior to. */
function juniorsOf(role: Role): Role[] {
    return role.clauses.flatMap(clause => clause.$type === 'SeniorityClause'
        ? (clause.juniors ?? []).map(junior => junior.ref).filter((junior): junior is Role => !!junior)
        : []);
}

/** True when `senior` outranks `junior` on the ladder, directly or through other roles. */
function outranks(senior: Role, junior: Role): boolean {
    return reaches(senior, junior, juniorsOf);
}

function gradeOf(role: Role): Role {
    const clause = role.clauses.find(candidate => candidate.$type === 'ActsAsClause');
    const grade = clause?.$type === 'ActsAsClause' ? clause.grade?.ref : undefined;
    return grade && isRole(grade) ? grade : role;
}

export type Seniority = 'senior' | 'same' | 'junior' | 'unknown';

/**
 * How `approver` stands to `author` on the ladder: by their own `senior to` clauses first,
 * then by the national grades they act as.
 */
export function compareSeniority(approver: Role, author: Role): Seniority {
    for (const [a, b] of [[approver, author], [gradeOf(approver), gradeOf(author)]]) {
        if (a === b) {
            return 'same';
        }
        if (outranks(a, b)) {
            return 'senior';
        }
        if (outranks(b, a)) {
            return 'junior';
        }
    }
    return 'unknown';
}

/**
 * The first cycle found by following `next` from `start`, as the list of names around it
 * (ending where it began), or undefined when there is none through `start`.
 */
export function findCycle<T>(start: T, next: (node: T) => T[], name: (node: T) => string): string[] | undefined {
    const path: T[] = [];
    const onPath = new Set<T>();
    const done = new Set<T>();
    const visit = (node: T): string[] | undefined => {
        if (onPath.has(node)) {
            return node === start ? [...path, node].map(name) : undefined;
        }
        if (done.has(node)) {
            return undefined;
        }
        path.push(node);
        onPath.add(node);
        for (const successor of next(node)) {
            const cycle = visit(successor);
            if (cycle) {
                return cycle;
            }
        }
        path.pop();
        onPath.delete(node);
        done.add(node);
        return undefined;
    };
    return visit(start);
}

export { juniorsOf };
