import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import { ResponseError } from 'vscode-languageserver';
import { ast, isBuiltinUri } from '@riskpolicy/language';
import type { RiskPolicySharedServices } from '@riskpolicy/language';

/**
 * The document at `uri`, parsed, linked and checked. The workspace's first build links every file
 * but checks only open ones, and files outside the workspace folders are not loaded at all: those
 * are loaded and checked here, once the build under way (if any) has finished.
 */
export async function checkedDocument(shared: RiskPolicySharedServices, uri: string): Promise<LangiumDocument> {
    await settled(shared);
    const parsed = URI.parse(uri);
    const documents = shared.workspace.LangiumDocuments;
    await documents.getOrCreateDocument(parsed);
    const [document] = await buildUntilChecked(shared, [parsed]);
    return document;
}

/** How many times a check cancelled by later edits is started again before the request gives up. */
const CHECK_ATTEMPTS = 5;

/**
 * Builds the documents until every one is checked. Any later write (a keystroke, a settings change)
 * cancels a build under way and leaves documents part-built, so the build is started again.
 */
export async function buildUntilChecked(shared: RiskPolicySharedServices, uris: URI[]): Promise<LangiumDocument[]> {
    const documents = shared.workspace.LangiumDocuments;
    for (let attempt = 0; ; attempt++) {
        const current = uris.flatMap(uri => documents.getDocument(uri) ?? []);
        const unchecked = current.filter(document => document.state < DocumentState.Validated);
        if (unchecked.length === 0 && current.length === uris.length) {
            return current;
        }
        if (attempt === CHECK_ATTEMPTS) {
            throw refuse('The files kept changing while they were being checked; try again when editing pauses.');
        }
        await shared.workspace.WorkspaceLock.write(cancel => shared.workspace.DocumentBuilder.build(unchecked, { validation: true }, cancel));
    }
}

/**
 * Resolves once the workspace is loaded and no build is queued or running. (A read action waits
 * for the write actions before it; `DocumentBuilder.waitUntil(Validated)` can miss a build that
 * validates no document, as the first workspace build does.)
 */
export async function settled(shared: RiskPolicySharedServices): Promise<void> {
    await shared.workspace.WorkspaceManager.ready;
    await shared.workspace.WorkspaceLock.read(() => undefined);
}

/** The workspace's own documents (not the bundled packs) that hold scenarios. */
export function scenarioDocuments(shared: RiskPolicySharedServices): Array<LangiumDocument<ast.ScenarioSet>> {
    return shared.workspace.LangiumDocuments.all
        .filter(document => !isBuiltinUri(document.uri) && ast.isScenarioSet(document.parseResult.value))
        .toArray() as Array<LangiumDocument<ast.ScenarioSet>>;
}

/** Errors (severity 1) in a checked document. */
export function errorCount(document: LangiumDocument): number {
    return (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).length;
}

/** A request the server refuses, with a message fit to show the user. */
export function refuse(message: string): ResponseError<void> {
    return new ResponseError(-32602, message);
}
