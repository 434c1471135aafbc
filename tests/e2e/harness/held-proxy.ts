import { createServer, type Server } from 'node:http';
import { forwardRequest } from './forward-request';

export interface HeldProxy {
  /** Where the extension is pointed instead of the backend. */
  url: string;
  /** From now on, requests whose path starts with one of `prefixes` wait until release(). */
  hold(...prefixes: string[]): void;
  /** Resolves once `count` requests are waiting: the extension is in its loading state. */
  waitForHeld(count?: number, timeoutMs?: number): Promise<void>;
  /** Passes every waiting request on and stops holding. */
  release(): void;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of the backend that can hold chosen requests: the extension's
 * loading states (a lookup, a story under way) last exactly as long as a test needs to look
 * at them, instead of the few milliseconds a loopback backend takes. Everything else is passed
 * on unchanged. A held request still counts against the extension's own timeout.
 */
export async function startHeldProxy(backendUrl: string, port: number): Promise<HeldProxy> {
  const target = new URL(backendUrl);
  let prefixes: string[] = [];
  let waiting: (() => void)[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const pass = () => forwardRequest(target, incoming, outgoing, Buffer.concat(chunks));
      const path = incoming.url ?? '/';
      if (prefixes.some((prefix) => path.startsWith(prefix))) waiting.push(pass);
      else pass();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    hold: (...held) => {
      prefixes = held;
    },
    waitForHeld: async (count = 1, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      while (waiting.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`${waiting.length} of ${count} requests held after ${timeoutMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    release: () => {
      prefixes = [];
      const passing = waiting;
      waiting = [];
      for (const pass of passing) pass();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections from the browser would hold close() open.
        server.closeAllConnections();
      }),
  };
}
