import { commands, window, workspace } from 'vscode';
import type { Disposable, TextDocument } from 'vscode';
import { holdsPolicy } from './file-kind.js';

/** The context key menus use to offer policy-only commands (coverage, cohort) on policies alone. */
export const EDITOR_HOLDS_POLICY = 'riskpolicy.editorHoldsPolicy';

/** Keeps the context key in step with the active editor and its text. */
export function trackPolicyContext(): Disposable {
    const update = (document: TextDocument | undefined) => void commands.executeCommand('setContext', EDITOR_HOLDS_POLICY,
        document?.languageId === 'riskpolicy' && holdsPolicy(document.getText()));
    update(window.activeTextEditor?.document);
    const subscriptions = [
        window.onDidChangeActiveTextEditor(editor => update(editor?.document)),
        workspace.onDidChangeTextDocument(event => { if (event.document === window.activeTextEditor?.document) update(event.document); })
    ];
    return { dispose: () => subscriptions.forEach(subscription => subscription.dispose()) };
}
