import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { clearDocuments } from 'langium/test';
import { createRiskPolicyServices, isBuiltinUri } from '@riskpolicy/language';
import type { Diagnostic } from 'vscode-languageserver-types';

export type Services = ReturnType<typeof createRiskPolicyServices>;

let counter = 0;

/** Language services with the bundled prelude and standard packs loaded, as the CLI and editor have them. */
export async function createTestServices(): Promise<Services> {
    const services = createRiskPolicyServices(EmptyFileSystem);
    await services.shared.workspace.Builtins.load();
    return services;
}

/** Parses, links and validates `text` as one or more files (later files may reference earlier ones). */
export async function validate(services: Services, ...texts: string[]): Promise<LangiumDocument[]> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = texts.map(text => {
        const document = factory.fromString(text, URI.parse(`file:///test/${++counter}.riskpolicy`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

/** Removes every document the test added, keeping the bundled packs. */
export async function clearTestDocuments(services: Services): Promise<void> {
    const own = services.shared.workspace.LangiumDocuments.all.filter(document => !isBuiltinUri(document.uri)).toArray();
    await clearDocuments(services.shared, own);
}

export interface Issue {
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    line: number;
    message: string;
}

const severityNames = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

/** The diagnostics of a document as `{ code, severity, line (1-based), message }`. */
export function issuesOf(document: LangiumDocument): Issue[] {
    return (document.diagnostics ?? []).map((diagnostic: Diagnostic) => ({
        code: String((diagnostic.data as { code?: string } | undefined)?.code ?? diagnostic.code),
        severity: severityNames[(diagnostic.severity ?? 1) as 1 | 2 | 3 | 4],
        line: diagnostic.range.start.line + 1,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    }));
}

/** Just the codes, for compact assertions. */
export function codesOf(document: LangiumDocument): string[] {
    return issuesOf(document).map(issue => issue.code);
}
