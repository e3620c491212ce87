import { vi } from 'vitest';

/**
 * Collects what is logged with console.error (where Langium reports an internal error) instead of
 * printing it. Call in beforeAll; `vi.restoreAllMocks()` undoes it.
 */
export function captureInternalErrors(): string[] {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { logged.push(args.map(String).join(' ')); });
    return logged;
}
