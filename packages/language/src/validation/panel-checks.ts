import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { MappaClause, Panel, PanelClause, Policy, Standard } from '../generated/ast.js';
import { isNextMeeting, isNextMeetingCondition, isChairClause, isPresenterClause } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { relatedTo } from './related.js';

/** Clause kinds a panel may state only once (or state again only with the same content). */
const singleValued: Record<string, string> = {
    ChairClause: 'chair',
    MeetsClause: 'meeting cadence',
    PapersClause: 'papers deadline',
    MinutesClause: 'minutes deadline',
    ActionsClause: 'actions deadline',
    PanelReviewClause: 'review interval',
    ExitClause: 'exit rule',
    ThresholdClause: 'referral threshold',
    MappaClause: 'MAPPA level'
};

/** A panel's terms of reference hang together. */
export class PanelChecks {

    checkChairDoesNotPresent(panel: Panel, accept: ValidationAcceptor): void {
        const chairs = new Set(panel.clauses.filter(isChairClause).flatMap(clause => (clause.chairs?.parties ?? []).map(party => party.ref)));
        for (const clause of panel.clauses.filter(isPresenterClause)) {
            const presenters = [...clause.presenters, ...clause.standIns];
            presenters.forEach(presenter => {
                if (presenter.ref && chairs.has(presenter.ref)) {
                    const property = clause.presenters.includes(presenter) ? 'presenters' : 'standIns';
                    const index = (property === 'presenters' ? clause.presenters : clause.standIns).indexOf(presenter);
                    accept('error', `'${presenter.ref.name}' may chair panel '${panel.name}' and may also present to it. Take the role out of the chair set or name another presenter.`, {
                        node: clause, property, index, data: { code: IssueCodes.ChairPresents }
                    });
                }
            });
        }
    }

    checkClausesAgree(panel: Panel, accept: ValidationAcceptor): void {
        const firstByKind = new Map<string, PanelClause>();
        for (const clause of panel.clauses) {
            const label = singleValued[clause.$type];
            if (!label) {
                continue;
            }
            const first = firstByKind.get(clause.$type);
            if (!first) {
                firstByKind.set(clause.$type, clause);
            } else if (contentOf(first) !== contentOf(clause)) {
                accept('error', `Panel '${panel.name}' states its ${label} twice, differently: '${contentOf(first)}' and '${contentOf(clause)}'. Decide which one holds and remove the other.`, {
                    node: clause, data: { code: IssueCodes.ConflictingPanelClauses, clause: label },
                    relatedInformation: relatedTo(first, `the other ${label}`)
                });
            }
        }
    }

    checkPanelsUsedForDeadlinesMeet(root: Policy | Standard, accept: ValidationAcceptor): void {
        const reported = new Set<Panel>();
        for (const node of AstUtils.streamAllContents(root)) {
            if (!isNextMeeting(node) && !isNextMeetingCondition(node)) {
                continue;
            }
            const panel = node.panel?.ref;
            if (panel && !reported.has(panel) && !panel.clauses.some(clause => clause.$type === 'MeetsClause')) {
                reported.add(panel);
                accept('warning', `A deadline depends on the next meeting of '${panel.name}', but the panel does not say when it meets. Add a 'meets' clause (e.g. 'meets every 2 weeks on Tuesday').`, {
                    node: panel, property: 'name', data: { code: IssueCodes.PanelWithoutCadence },
                    relatedInformation: relatedTo(node, 'deadline that needs the meeting date')
                });
            }
        }
    }

    checkSchemeIsMappa(clause: MappaClause, accept: ValidationAcceptor): void {
        if (clause.scheme !== 'MAPPA') {
            accept('error', `Only MAPPA levels can be counted here: write 'counts as MAPPA level ${clause.level}'.`, {
                node: clause, property: 'scheme', data: { code: IssueCodes.UnknownScheme }
            });
        }
    }
}

/** A clause's content as written, without its keyword, citations or layout. */
function contentOf(clause: AstNode): string {
    const text = clause.$cstNode?.text ?? '';
    return text.replace(/\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim().replace(/^(chair|meets|papers due|minutes due|actions due|reviews|exit when|threshold|counts as)\s+/, '');
}
