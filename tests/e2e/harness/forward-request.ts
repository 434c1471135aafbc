import { request as forward, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * Passes one request a test proxy received on to `target` unchanged (method, path, headers,
 * the body it already read) and pipes the answer back; 502 when the backend is unreachable.
 */
export function forwardRequest(
  target: URL,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  body: Buffer,
): void {
  const upstream = forward(
    {
      host: target.hostname,
      port: target.port,
      method: incoming.method,
      path: incoming.url,
      headers: { ...incoming.headers, host: target.host },
    },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  upstream.on('error', () => outgoing.writeHead(502).end());
  upstream.end(body);
}
