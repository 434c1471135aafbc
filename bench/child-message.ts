import type { ChildProcess } from 'node:child_process';
import type { z } from 'zod';

/**
 * The next IPC message of `type` from a bench's server process, parsed with `schema`; rejects
 * when the process exits first, naming `who` and what it never said.
 */
export function nextMessage<M extends { type: string }, T extends M['type']>(
  server: ChildProcess,
  schema: z.ZodType<M>,
  type: T,
  who: string,
): Promise<Extract<M, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (raw: unknown) => {
      const message = schema.parse(raw);
      if (message.type !== type) return;
      server.off('message', onMessage);
      server.off('exit', onExit);
      resolve(message as Extract<M, { type: T }>);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`${who} exited (code ${code}) before it said "${type}".`));
    server.on('message', onMessage);
    server.once('exit', onExit);
  });
}
