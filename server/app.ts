import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from './config';
import { clientErrorHandler, frameworkErrors, requireHostHeader } from './http/client-errors';
import { registerCors } from './http/cors';
import { registerErrorHandlers, registerNotFound } from './http/error-handler';
import { HttpError } from './http/http-error';
import { loggerOptions, registerRequestLog } from './http/request-log';
import { registerSecurityHeaders } from './http/security-headers';
import { healthRoute } from './routes/health';
import { lookupRoute } from './routes/lookup';
import { lookupConfigRoute } from './routes/lookup-config';
import { lookupReadsOf } from './routes/lookup-reads';
import { LookupSplit } from './routes/lookup-split';
import { prefixLookupRoute } from './routes/prefix-lookup';
import { sourcesRoute } from './routes/sources';
import { storiesRoute } from './routes/stories';
import type { Store } from './store/store';
import type { StoryService } from './stories/story-service';

export interface BuildAppOptions {
  /** The process's one Store (server/store/open-store.ts). */
  store: Store;
  /** The story service over it: what routes read of stories. */
  stories: StoryService;
  /** extensionIds absent or empty: every extension origin (server/http/cors.ts). */
  config: Pick<Config, 'logLevel' | 'rateLimitPerMinute' | 'extensionIds'>;
  /** How long a client may take to send its request: see HTTP_TIMEOUTS (tests shorten it). */
  timeouts?: Partial<HttpTimeouts>;
  /** A logger to use instead of one built from config.logLevel; false for silence (tests). */
  logger?: FastifyBaseLogger | false;
  /** Where the logger built from config.logLevel writes (stdout when absent; tests capture it). */
  logStream?: NodeJS.WritableStream;
}

/** A lookup is a URL and a title: 16 KB is generous, and bounds what a client can make us parse. */
const BODY_LIMIT = 16 * 1024;

/**
 * A stalled client must not hold a connection forever (Fastify's requestTimeout defaults to 0,
 * none). `idleMs`: no byte from the client for this long closes the socket, also a keep-alive
 * one between requests; `requestMs`: the whole request (headers and body) must have arrived by
 * then, however slowly it trickles (Node answers 408, checked every 30 s).
 */
export interface HttpTimeouts {
  idleMs: number;
  requestMs: number;
}
export const HTTP_TIMEOUTS: HttpTimeouts = { idleMs: 10_000, requestMs: 30_000 };

/**
 * Story ids are at most 200 characters (routes/stories.ts); Fastify's default maxParamLength
 * of 100 answered longer ones 404 although they are stored. Above the longest valid id, so a
 * too-long one is told its limit (400) rather than that the endpoint does not exist.
 */
const MAX_PARAM_LENGTH = 1024;

/** The HTTP API, ready to `listen` or `inject`; storage comes in through the Store. */
export async function buildApp({
  store,
  stories,
  config,
  logger,
  logStream,
  timeouts,
}: BuildAppOptions): Promise<FastifyInstance> {
  const { idleMs, requestMs } = { ...HTTP_TIMEOUTS, ...timeouts };
  const common = {
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
    // Fastify's own request lines carry the URL and the client's address: see request-log.ts.
    disableRequestLogging: true,
    connectionTimeout: idleMs,
    requestTimeout: requestMs,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
    clientErrorHandler,
    // Node would answer a request without Host itself, with an empty 400: requireHostHeader.
    http: { requireHostHeader: false },
  };
  const app =
    logger === undefined
      ? Fastify({ ...common, logger: loggerOptions(config.logLevel, logStream) })
      : logger === false
        ? Fastify({ ...common, logger: false })
        : Fastify({ ...common, loggerInstance: logger });

  registerErrorHandlers(app);
  requireHostHeader(app);
  registerSecurityHeaders(app);
  registerRequestLog(app);
  // JSON only: without this, Fastify would accept text/plain bodies as strings.
  app.removeContentTypeParser('text/plain');
  await registerCors(app, config.extensionIds ?? []);
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
  registerNotFound(app);

  const reads = lookupReadsOf(store, stories);
  const split = await LookupSplit.start({
    countArticles: reads.countArticles,
    onRefreshError: (error) => app.log.warn({ err: error }, 'article count not refreshed'),
  });
  app.addHook('onClose', async () => split.stop());
  await app.register(lookupRoute, { reads });
  await app.register(prefixLookupRoute, { reads, split });
  await app.register(lookupConfigRoute, { split });
  await app.register(storiesRoute, { stories });
  await app.register(sourcesRoute, { sources: store.sources });
  await app.register(healthRoute, { store });
  return app;
}
