import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface ServerProcess {
    server: ChildProcessWithoutNullStreams;
    connection: MessageConnection;
}

/** Starts a language server script as a process speaking LSP over stdio. Register handlers, then `connection.listen()`. */
export function spawnServer(script: string, cwd: string): ServerProcess {
    const server = spawn(process.execPath, [script, '--stdio'], { cwd });
    return { server, connection: createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin)) };
}

/** Shuts the server down as a client would, then makes sure the process is gone. */
export async function stopServer({ server, connection }: ServerProcess): Promise<void> {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
    server.kill();
}
