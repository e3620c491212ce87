import { DEFAULT_CALENDAR_REGION, type CalendarRegion, type PolicyIr, type StandardIr } from '@riskpolicy/engine';
import type { AstNode } from 'langium';
import type { Declaration, Policy, Standard } from '../generated/ast.js';
import {
    isAdvisory, isCalendarHeader, isClosureHeader, isConformsHeader, isEffectiveHeader, isEscalationRoute, isEvent, isFlag,
    isMeasure, isNamedCondition, isNotApplicableHeader, isOwnerHeader, isPanel, isPublishedHeader, isRequirement, isReviewHeader, isRole, isRule, isScale,
    isSection, isServiceHeader, isSourceHeader, isStatusHeader, isSupersedesHeader, isVersionHeader
} from '../generated/ast.js';
import { lowerAdvisory, lowerEscalationRoute, lowerEvent, lowerFlag, lowerMeasure, lowerNamedCondition, lowerPanel, lowerRole, lowerScale } from './lower-declarations.js';
import { lowerRule } from './lower-rules.js';
import { LoweringContext } from './lowering-context.js';

type Body = Omit<PolicyIr, 'kind' | 'irVersion' | 'id' | 'title' | 'service' | 'version' | 'effective' | 'reviewBy' | 'owner' | 'supersedes' | 'conformsTo' | 'notApplicable' | 'calendar' | 'source'>;

function declarationsOf(root: Policy | Standard): Declaration[] {
    return root.members.flatMap(member => isSection(member) ? member.members : [member]);
}

function emptyBody(): Body {
    return { scales: [], roles: [], events: [], flags: [], measures: [], conditions: [], panels: [], escalationRoutes: [], rules: [], advisories: [], sections: [] };
}

/** Lowers one declaration into the body (rules and requirements are lowered by the caller). */
function lowerDeclaration(node: AstNode, body: Body, context: LoweringContext): void {
    if (isScale(node)) body.scales.push(lowerScale(node, context));
    else if (isRole(node)) body.roles.push(lowerRole(node, context));
    else if (isEvent(node)) body.events.push(lowerEvent(node, context));
    else if (isFlag(node)) body.flags.push(lowerFlag(node, context));
    else if (isMeasure(node)) body.measures.push(lowerMeasure(node, context));
    else if (isNamedCondition(node)) body.conditions.push(lowerNamedCondition(node, context));
    else if (isPanel(node)) body.panels.push(lowerPanel(node, context));
    else if (isEscalationRoute(node)) body.escalationRoutes.push(lowerEscalationRoute(node, context));
    else if (isAdvisory(node)) body.advisories.push(lowerAdvisory(node, context));
    else if (isRule(node)) body.rules.push(lowerRule(node, context));
}

function lowerBody(root: Policy | Standard, context: LoweringContext): Body {
    const body = emptyBody();
    for (const member of root.members) {
        if (isSection(member)) {
            body.sections.push({ title: member.title, citations: context.citations(member.citations), source: context.source(member) });
        }
    }
    for (const declaration of declarationsOf(root)) {
        lowerDeclaration(declaration, body, context);
    }
    // Prelude vocabulary the document used travels with it, so the IR stands on its own.
    const done = new Set<AstNode>();
    let pending = [...context.usedPrelude];
    while (pending.length > 0) {
        for (const node of pending) {
            done.add(node);
            lowerDeclaration(node, body, context);
        }
        pending = [...context.usedPrelude].filter(node => !done.has(node));
    }
    return body;
}

/** `defaultRegion` is the calendar for a policy without a `calendar` header. */
export function lowerPolicy(policy: Policy, fileName: (node: AstNode) => string, defaultRegion: CalendarRegion = DEFAULT_CALENDAR_REGION): PolicyIr {
    const context = new LoweringContext(fileName);
    const headers = policy.headers;
    const body = lowerBody(policy, context);
    const conformsHeader = headers.find(isConformsHeader);
    return {
        kind: 'policy',
        irVersion: 1,
        id: policy.name,
        ...(policy.title ? { title: policy.title } : {}),
        ...optional('service', headers.find(isServiceHeader)?.service),
        ...optional('version', headers.find(isVersionHeader)?.version),
        ...optional('effective', headers.find(isEffectiveHeader)?.date),
        ...optional('reviewBy', headers.find(isReviewHeader)?.date),
        ...optional('owner', headers.find(isOwnerHeader)?.owner),
        ...optional('supersedes', headers.find(isSupersedesHeader)?.previous),
        conformsTo: headers.filter(isConformsHeader).flatMap(header => header.standards.map(standard => standard.$refText)),
        ...optional('conformsToSource', conformsHeader ? context.source(conformsHeader) : undefined),
        notApplicable: headers.filter(isNotApplicableHeader).map(header => ({
            requirement: header.requirement.$refText, reason: header.reason, ...context.located(header)
        })),
        calendar: {
            region: headers.find(isCalendarHeader)?.region ?? defaultRegion,
            closures: headers.filter(isClosureHeader).map(closure => ({
                from: closure.date, to: closure.until ?? closure.date, ...(closure.reason ? { reason: closure.reason } : {})
            }))
        },
        source: context.source(policy),
        ...body
    };
}

export function lowerStandard(standard: Standard, fileName: (node: AstNode) => string): StandardIr {
    const context = new LoweringContext(fileName);
    const headers = standard.headers;
    const body = lowerBody(standard, context);
    const requirements = declarationsOf(standard).filter(isRequirement).map(requirement => ({
        ...lowerRule(requirement, context),
        direction: requirement.direction as 'floor' | 'ceiling'
    }));
    return {
        kind: 'standard',
        irVersion: 1,
        id: standard.name,
        ...(standard.title ? { title: standard.title } : {}),
        ...optional('published', headers.find(isPublishedHeader)?.date),
        ...optional('supersededBy', headers.find(isStatusHeader)?.successor.$refText),
        sources: headers.filter(isSourceHeader).map(header => ({ text: header.source, citations: context.citations(header.citations) })),
        source: context.source(standard),
        ...body,
        requirements
    };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
