import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { ClosureHeader, Document, Policy } from '../generated/ast.js';
import { isEffectiveHeader, isReviewHeader } from '../generated/ast.js';
import { addCalendarYears, isLocalDate, parseCitation, readableCitation } from '@riskpolicy/engine';
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
        } else if (review.date > addCalendarYears(effective.date, 1)) {
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
                    const readable = readableCitation(citation);
                    const advice = readable ? `Write it as ${readable}.` : 'Write it as [003 §4.2], [003:64], [003:64-70] or [003 §4.2 line 64].';
                    accept('warning', `Citation ${citation} is not in a form RiskPolicy can read. ${advice}`, {
                        node, property: 'citations', index, data: { code: IssueCodes.MalformedCitation, ...(readable ? { readable } : {}) }
                    });
                }
            });
        }
    }
}

function isRealDate(value: string | undefined): value is string {
    return typeof value === 'string' && isLocalDate(value);
}
