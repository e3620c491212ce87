import type { CancellationToken, Connection } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError, WorkDoneProgress } from 'vscode-languageserver';
import { CohortCancelled, isLocalDate, runCohort } from '@riskpolicy/engine';
import { ast } from '@riskpolicy/language';
import type { RiskPolicyServices, RiskPolicySharedServices } from '@riskpolicy/language';
import { Cohort, type CohortParams, type CohortResult } from '../shared/protocol.js';
import { checkedDocument, refuse } from './workspace-documents.js';

function checkParameters(params: CohortParams): void {
    if (!Number.isInteger(params.cases) || params.cases < 1) throw refuse(`Cases must be a whole number of at least 1, not ${params.cases}.`);
    if (!Number.isInteger(params.seed) || params.seed < 0) throw refuse(`The seed must be a whole number of at least 0, not ${params.seed}.`);
    if (!Number.isInteger(params.months) || params.months < 1) throw refuse(`Months must be a whole number of at least 1, not ${params.months}.`);
    if (!isLocalDate(params.from)) throw refuse(`The start date must be a real date written YYYY-MM-DD, not '${params.from}'.`);
}

/**
 * Answers `riskpolicy/cohort`: runs the cohort, reporting `$/progress` on the request's
 * `workDoneToken`, and stops between batches of cases when the client cancels the request.
 */
export function registerCohortRequest(connection: Connection, shared: RiskPolicySharedServices, services: RiskPolicyServices): void {
    connection.onRequest(Cohort, async (params: CohortParams, token: CancellationToken): Promise<CohortResult> => {
        checkParameters(params);
        const document = await checkedDocument(shared, params.uri);
        if (!ast.isPolicy(document.parseResult.value)) throw refuse('A cohort runs through a policy; this file holds no policy.');
        const analysis = services.analysis.PolicyAnalysis.analyse(document);
        if (!analysis) throw refuse('The policy does not parse; fix its syntax errors first.');
        const report = (done: number, total: number) => {
            if (params.workDoneToken !== undefined) {
                connection.sendProgress(WorkDoneProgress.type, params.workDoneToken, { kind: 'report', message: `${done} of ${total} cases`, percentage: Math.floor((done / total) * 100) });
            }
        };
        try {
            return await runCohort(analysis.policy, analysis.standards, params, { progress: report, cancelled: () => token.isCancellationRequested });
        } catch (error) {
            if (error instanceof CohortCancelled) {
                throw new ResponseError(LSPErrorCodes.RequestCancelled, `Cancelled after ${error.done} of ${params.cases} cases.`);
            }
            throw error;
        }
    });
}
