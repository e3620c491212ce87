/** Where a command writes: stdout for results, stderr for messages. Tests pass their own. */
export interface Output {
    out(text: string): void;
    err(text: string): void;
}

export const processOutput: Output = {
    out: text => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: text => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
};
