import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { AllowHosts } from '../ingest/ssrf-guard';

/** The hosts the SSRF guard must let through for a fetch to reach a loopback server. */
export const LOOPBACK_HOSTS: AllowHosts = new Set(['127.0.0.1']);

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`: read it in tests, hooks and the handler, once the server listens. */
  readonly base: string;
  readonly port: number;
}

/**
 * An HTTP server on 127.0.0.1 (a free port) for the tests of one file or describe block: it
 * listens before them and is closed after, its open connections cut (a test may leave a request
 * unanswered). Call it where Vitest takes hooks: at the top of a file or in a describe body.
 */
export function loopbackServer(handler: http.RequestListener): LoopbackServer {
  const server = http.createServer(handler);
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    get port() {
      return port;
    },
    get base() {
      return `http://127.0.0.1:${port}`;
    },
  };
}

/**
 * Answers with `chunks` copies of `chunk` and no Content-Length, written as fast as the client
 * reads them: a body whose size only shows as it arrives, for the fetch's size limit to cut off.
 */
export function streamWithoutLength(res: http.ServerResponse, chunk: Buffer, chunks: number): void {
  let sent = 0;
  const pump = () => {
    while (sent < chunks && res.write(chunk)) sent += 1;
    if (sent < chunks) res.once('drain', pump);
    else res.end();
  };
  pump();
}
