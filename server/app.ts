import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from './config';
import { registerCors } from './http/cors';
import { registerErrorHandlers } from './http/error-handler';
import { HttpError } from './http/http-error';
import { healthRoute } from './routes/health';
import { lookupRoute } from './routes/lookup';
import { prefixLookupRoute } from './routes/prefix-lookup';
import { sourcesRoute } from './routes/sources';
import { storiesRoute } from './routes/stories';
import type { Repository } from './store/repository';

export interface BuildAppOptions {
  repository: Repository;
  config: Pick<Config, 'logLevel' | 'rateLimitPerMinute'>;
  /** A logger to use instead of one built from config.logLevel; false for silence (tests). */
  logger?: FastifyBaseLogger | false;
}

/** A lookup is a URL and a title: 16 KB is generous, and bounds what a client can make us parse. */
const BODY_LIMIT = 16 * 1024;

/** The HTTP API, ready to `listen` or `inject`; storage comes in through the repository. */
export async function buildApp({
  repository,
  config,
  logger,
}: BuildAppOptions): Promise<FastifyInstance> {
  const common = { bodyLimit: BODY_LIMIT, trustProxy: false };
  const app =
    logger === undefined
      ? Fastify({ ...common, logger: loggerOptions(config.logLevel) })
      : logger === false
        ? Fastify({ ...common, logger: false })
        : Fastify({ ...common, loggerInstance: logger });

  registerErrorHandlers(app);
  // JSON only: without this, Fastify would accept text/plain bodies as strings.
  app.removeContentTypeParser('text/plain');
  await registerCors(app);
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        429,
        'rate_limited',
        `Too many requests: at most ${context.max} a minute. Try again in ${context.after}.`,
      ),
  });

  await app.register(lookupRoute, { repository });
  await app.register(prefixLookupRoute, { repository });
  await app.register(storiesRoute, { repository });
  await app.register(sourcesRoute, { repository });
  await app.register(healthRoute, { repository });
  return app;
}

/**
 * Request logs keep method, path and status, never query strings or bodies: they would say
 * what people read.
 */
function loggerOptions(level: Config['logLevel']) {
  return {
    level,
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
      }),
    },
  };
}
