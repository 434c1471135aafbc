import { createServer, type Server } from 'node:http';
import { forwardRequest } from './forward-request';

/** One request as it reached the backend: everything the extension told it. */
export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RecordingProxy {
  /** Where the extension is pointed instead of the backend. */
  url: string;
  /** Every request so far, oldest first. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of the backend that records every request before passing it on
 * unchanged: what the extension sends, from whichever of its contexts (service worker, pages),
 * seen where it arrives rather than guessed from inside the browser.
 */
export async function startRecordingProxy(
  backendUrl: string,
  port: number,
): Promise<RecordingProxy> {
  const target = new URL(backendUrl);
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({
        method: incoming.method ?? 'GET',
        path: incoming.url ?? '/',
        headers: incoming.headers,
        body: body.toString('utf8'),
      });
      forwardRequest(target, incoming, outgoing, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections from the browser would hold close() open.
        server.closeAllConnections();
      }),
  };
}
