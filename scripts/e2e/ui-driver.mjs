// The workbench's own UI, for tests that must act as a user does: a small HTTP server on 127.0.0.1
// through which the tests (in the extension host) press keys, type, click and read elements of the
// workbench page in Chromium. The runner passes its address to the extension host as
// RISKPOLICY_E2E_UI. One request is one JSON object { action, ... }; the answer is JSON too.
//
//   { action: 'waitFor', selector, text?, timeoutMs? }  -> { ok: true } once a matching element is visible
//   { action: 'waitForGone', selector, text?, timeoutMs? } -> { ok: true } once no matching element is left
//   { action: 'click', selector, text?, timeoutMs? }    -> clicks the first matching element
//   { action: 'press', key }                            -> e.g. 'Enter', 'Escape', 'Control+A'
//   { action: 'type', text }                            -> types into the focused element
//   { action: 'texts', selector }                       -> { texts: [...] } of every matching element
//   { action: 'count', selector, text? }                -> { count } of matching elements
//   { action: 'screenshot', name }                      -> saved under RISKPOLICY_E2E_SCREENSHOTS (if set)
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const DEFAULT_TIMEOUT_MS = 30_000;

function locate(page, { selector, text }) {
    if (typeof selector !== 'string' || !selector) throw new Error('a selector is needed');
    const all = page.locator(selector);
    return typeof text === 'string' ? all.filter({ hasText: text }) : all;
}

async function perform(page, request) {
    const timeout = Number(request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    switch (request.action) {
        case 'waitFor':
            await locate(page, request).first().waitFor({ state: 'visible', timeout });
            return {};
        case 'waitForGone':
            await locate(page, request).first().waitFor({ state: 'detached', timeout });
            return {};
        case 'click':
            await locate(page, request).first().click({ timeout });
            return {};
        case 'press':
            await page.keyboard.press(String(request.key));
            return {};
        case 'type':
            await page.keyboard.type(String(request.text));
            return {};
        case 'texts':
            return { texts: await locate(page, request).allInnerTexts() };
        case 'count':
            return { count: await locate(page, request).count() };
        case 'screenshot': {
            const folder = process.env.RISKPOLICY_E2E_SCREENSHOTS;
            if (!folder) return { saved: false };
            mkdirSync(folder, { recursive: true });
            const path = join(folder, `${String(request.name).replace(/[^\w.-]+/g, '-')}.png`);
            await page.screenshot({ path });
            return { saved: true, path };
        }
        default:
            throw new Error(`unknown action '${request.action}'`);
    }
}

/** Starts the driver; `page()` gives the workbench page once it is open. Resolves with its address. */
export function startUiDriver(page) {
    const server = createServer((request, response) => {
        let body = '';
        request.on('data', chunk => { body += chunk; });
        request.on('end', async () => {
            const answer = (status, value) => {
                response.writeHead(status, { 'content-type': 'application/json' });
                response.end(JSON.stringify(value));
            };
            const current = page();
            if (!current) return answer(503, { error: 'the workbench is not open yet' });
            try {
                answer(200, { ok: true, ...(await perform(current, JSON.parse(body || '{}'))) });
            } catch (error) {
                answer(500, { error: String(error?.message ?? error).split('\n')[0] });
            }
        });
    });
    return new Promise((resolve, reject) => {
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            server.unref();
            resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
        });
    });
}
