/** A problem with what the user asked for or gave us: printed as one line, exit code 2. */
export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'UsageError';
    }
}

/** Exit codes shared by every command. */
export const ExitCode = {
    Ok: 0,
    Findings: 1,
    Usage: 2,
    Internal: 3
} as const;
