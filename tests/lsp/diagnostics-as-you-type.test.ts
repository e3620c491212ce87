import { describe, expect, test } from 'vitest';
import { URI } from 'langium';
import { createTestServices } from '../helpers/services.js';
import { policyWith } from '../helpers/policy.js';

describe('the language server', () => {
    test('reports conformance findings on a document update, as it does when typing', async () => {
        const services = await createTestServices();
        const text = policyWith('rule tell-yjb implements serious-incidents-2022.notify-yjb\n    when notifiable-charge\n    service-manager must notify yjb "serious incident notification" within 5 working days of becoming-aware\n', '    conforms to serious-incidents-2022');
        const uri = URI.parse('file:///typing/policy.riskpolicy');
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
        services.shared.workspace.LangiumDocuments.addDocument(document);
        // The build options the language server uses on every change of a document.
        await services.shared.workspace.DocumentBuilder.build([document], services.shared.workspace.DocumentBuilder.updateBuildOptions);
        const codes = (document.diagnostics ?? []).map(diagnostic => (diagnostic.data as { code: string }).code);
        expect(codes).toContain('deadline-later');
    });
});
