import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { ClosureHeader, Document, Policy } from '../generated/ast.js';
import { isEffectiveHeader, isReviewHeader } from '../generated/ast.js';
import { parseCitation } from '@riskpolicy/engine';
import { IssueCodes } from './issue-codes.js';

/** Calendar dates that exist, in an order that makes sense. */
export class DocumentChecks {

    checkDateExists(node: AstNode & { date?: string, until?: string }, accept: ValidationAcceptor): void {
        for (const property of ['date', 'until'] as const) {
            const value = node[property];
            if (value && !isRealDate(value)) {
                accept('error', `${value} is not a date in the calendar.`, { node, property, data: { code: IssueCodes.InvalidDate } });
            }
        }
    }

    checkReviewDateFollowsEffectiveDate(policy: Policy, accept: ValidationAcceptor): void {
        const effective = policy.headers.find(isEffectiveHeader);
        const review = policy.headers.find(isReviewHeader);
        if (!effective || !review || !isRealDate(effective.date) || !isRealDate(review.date)) {
            return;
        }
        if (review.date <= effective.date) {
            accept('error', `The review date ${review.date} is not after the effective date ${effective.date}.`, {
                node: review, property: 'date', data: { code: IssueCodes.ReviewBeforeEffective }
            });
        } else if (review.date > addTwelveMonths(effective.date)) {
            accept('warning', `The review date ${review.date} is more than 12 months after the effective date ${effective.date}. Review the policy at least once a year.`, {
                node: review, property: 'date', data: { code: IssueCodes.ReviewTooFar }
            });
        }
    }

    checkClosureEndsAfterStart(closure: ClosureHeader, accept: ValidationAcceptor): void {
        if (closure.until && closure.until < closure.date) {
            accept('error', `This closure ends (${closure.until}) before it starts (${closure.date}).`, {
                node: closure, property: 'until', data: { code: IssueCodes.ClosureEndsBeforeStart }
            });
        }
    }

    checkCitationsAreReadable(root: Document, accept: ValidationAcceptor): void {
        for (const node of AstUtils.streamAst(root)) {
            const citations = (node as { citations?: unknown }).citations;
            if (!Array.isArray(citations)) {
                continue;
            }
            citations.forEach((citation: string, index) => {
                if (!parseCitation(citation)) {
                    accept('warning', `Citation ${citation} is not in a form RiskPolicy can read. Write it as [003 §4.2], [003:64], [003:64-70] or [003 §4.2 line 64].`, {
                        node, property: 'citations', index, data: { code: IssueCodes.MalformedCitation }
                    });
                }
            });
        }
    }
}

function isRealDate(value: string | undefined): value is string {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return false;
    }
    const [year, month, day] = value.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function addTwelveMonths(value: string): string {
    const [year, month, day] = value.split('-');
    return `${Number(year) + 1}-${month}-${day}`;
}
