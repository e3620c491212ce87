import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { RiskPolicySharedServices } from '@riskpolicy/language';
import { buildUntilChecked, settled } from './workspace-documents.js';
import { CheckFiles, type CheckFilesParams, type CheckFilesResult } from '../shared/protocol.js';

/**
 * Answers `riskpolicy/checkFiles`: loads the files the workspace manager has not seen, re-checks
 * them all (`validation: true` re-runs every check; the diagnostics handler publishes each file's findings as it is validated) and counts.
 */
export function registerCheckFilesRequest(connection: Connection, shared: RiskPolicySharedServices): void {
    connection.onRequest(CheckFiles, async (params: CheckFilesParams): Promise<CheckFilesResult> => {
        await settled(shared);
        const documents = shared.workspace.LangiumDocuments;
        const uris = params.uris.map(uri => URI.parse(uri));
        const loaded: LangiumDocument[] = [];
        await shared.workspace.WorkspaceLock.write(async token => {
            for (const uri of uris) {
                loaded.push(await documents.getOrCreateDocument(uri));
            }
            // `validation: true` re-runs every check, on files already checked too.
            await shared.workspace.DocumentBuilder.build(loaded, { validation: true }, token);
        });
        // A later edit may have cancelled that build part-way: finish it before counting.
        const checked = await buildUntilChecked(shared, uris);
        const diagnostics = checked.flatMap(document => document.diagnostics ?? []);
        return {
            files: checked.length,
            errors: diagnostics.filter(diagnostic => diagnostic.severity === 1).length,
            warnings: diagnostics.filter(diagnostic => diagnostic.severity === 2).length
        };
    });
}
