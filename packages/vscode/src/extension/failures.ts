import { Uri, window } from 'vscode';

/** Shows why a command could not finish: the server's message when it refused the request. */
export function showFailure(what: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    void window.showErrorMessage(`RiskPolicy: ${what}: ${message}`);
}

/** The policy a command works on: the one given (code lens, menu), or the active editor's .riskpolicy file. */
export function targetUri(given: unknown): Uri | undefined {
    if (typeof given === 'string') return Uri.parse(given);
    if (given instanceof Uri) return given;
    const document = window.activeTextEditor?.document;
    if (document?.languageId === 'riskpolicy') return document.uri;
    void window.showErrorMessage('RiskPolicy: open a policy (.riskpolicy) file first.');
    return undefined;
}
