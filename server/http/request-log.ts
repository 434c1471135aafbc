import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Config } from '../config';

/**
 * What the server logs about requests (PRIVACY.md, "What the server logs"). A path names the
 * story being read (/v1/stories/:id), a body names the article (the opt-in lookup's URL) or its
 * bucket, and an address names the reader: none of them is logged, at any level.
 *
 * - `info` (the default) and above: no line per request; a failure on our side (5xx) is logged
 *   at `error` with its stack and the route's pattern, never its path.
 * - `debug` and `trace`: one line per request with the method, the route's pattern (e.g.
 *   `/v1/stories/:id`, the same for every story), the status and the time taken.
 *
 * Fastify's own request logging ("incoming request" / "request completed") is turned off in
 * buildApp (`disableRequestLogging`): it carries the URL and the client's address.
 */
export function loggerOptions(
  level: Config['logLevel'],
  stream?: NodeJS.WritableStream,
): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    ...(stream ? { stream } : {}),
    // Defence in depth: whatever logs a request or a reply gets only what names nobody.
    serializers: {
      req: (request: { method: string; routeOptions?: { url?: string } }) => ({
        method: request.method,
        route: request.routeOptions?.url ?? null,
      }),
      res: (reply: { statusCode: number }) => ({ status: reply.statusCode }),
    },
  };
}

/** One `debug` line per answered request: method, route pattern, status, milliseconds. */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug(
      {
        method: request.method,
        // Null for a path no route has: the path itself could be anything a client sent.
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
