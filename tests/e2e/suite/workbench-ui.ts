// The workbench UI as a user meets it: keys, clicks and what is on screen, through the runner's UI
// driver (scripts/e2e/ui-driver.mjs), for the tests that must not go round the UI by calling
// commands with their arguments.

interface UiRequest {
    action: 'waitFor' | 'waitForGone' | 'click' | 'press' | 'type' | 'texts' | 'count' | 'screenshot';
    selector?: string;
    text?: string;
    key?: string;
    name?: string;
    timeoutMs?: number;
}

async function send<T>(request: UiRequest): Promise<T> {
    const url = process.env.RISKPOLICY_E2E_UI;
    if (!url) throw new Error('RISKPOLICY_E2E_UI is not set: these tests run under scripts/e2e/vscode-server-runner.mjs');
    const response = await fetch(url, { method: 'POST', body: JSON.stringify(request) });
    const answer = await response.json() as T & { error?: string };
    if (!response.ok) throw new Error(`workbench UI: ${request.action} ${request.selector ?? request.key ?? ''}${request.text ? ` "${request.text}"` : ''}: ${answer.error}`);
    return answer;
}

/** Selectors of the workbench parts the tests use. */
export const Parts = {
    quickInput: '.quick-input-widget',
    quickInputBox: '.quick-input-widget .quick-input-box input',
    quickInputRow: '.quick-input-widget .monaco-list-row',
    // With the smoke-test driver on, the workbench shows no toasts: notifications go to the centre.
    notification: '.notifications-center .notification-list-item',
    notificationButton: '.notifications-center .notification-list-item .monaco-button',
    codeLens: '.contentWidgets .codelens-decoration a',
    testRow: '.test-explorer .monaco-list-row',
    editorTitleAction: '.editor-actions .action-item'
} as const;

export const ui = {
    waitFor: (selector: string, text?: string, timeoutMs?: number) => send({ action: 'waitFor', selector, text, timeoutMs }),
    waitForGone: (selector: string, text?: string, timeoutMs?: number) => send({ action: 'waitForGone', selector, text, timeoutMs }),
    click: (selector: string, text?: string, timeoutMs?: number) => send({ action: 'click', selector, text, timeoutMs }),
    press: (key: string) => send({ action: 'press', key }),
    type: (text: string) => send({ action: 'type', text }),
    texts: async (selector: string) => (await send<{ texts: string[] }>({ action: 'texts', selector })).texts,
    count: async (selector: string, text?: string) => (await send<{ count: number }>({ action: 'count', selector, text })).count,
    screenshot: (name: string) => send({ action: 'screenshot', name }),

    /** Answers the input box on screen: replaces its text with `value` and presses Enter. */
    async answerInputBox(value: string): Promise<void> {
        await ui.waitFor(Parts.quickInputBox);
        await ui.press('Control+A');
        await ui.type(value);
        await ui.press('Enter');
    }
};
