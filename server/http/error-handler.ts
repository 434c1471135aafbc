import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError } from '../../core/api-error';
import { HttpError } from './http-error';

/** What each status means to a client, when the failure did not say it better. */
const BY_STATUS: Record<number, { code: string; message: string; field?: string }> = {
  400: { code: 'bad_request', message: 'The request is malformed.' },
  404: { code: 'not_found', message: 'Nothing is here.' },
  405: { code: 'method_not_allowed', message: 'This method is not allowed here.' },
  413: {
    code: 'payload_too_large',
    message: 'The request body is too large; lookups are a few hundred bytes.',
    field: 'body',
  },
  415: {
    code: 'unsupported_media_type',
    message: 'Send the body as JSON with the header Content-Type: application/json.',
    field: 'headers.content-type',
  },
  429: { code: 'rate_limited', message: 'Too many requests; wait a minute and try again.' },
};

/** Fastify's own body-parsing failures that deserve a precise message. */
const FASTIFY_CODES: Record<string, { message: string; field: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { message: 'The request body is not valid JSON.', field: 'body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    message: 'The request body is empty; expected a JSON object.',
    field: 'body',
  },
};

/**
 * Every failure leaves as the core ApiError shape. 4xx say what was wrong; 5xx say only that
 * something failed on our side: stacks and internal messages stay in the server log.
 */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    const status = httpStatusOf(error);
    let body: ApiError;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      body = {
        error: {
          code: 'internal',
          message: 'Something went wrong on the server; try again later.',
        },
      };
    } else if (error instanceof HttpError) {
      body = { error: { code: error.code, message: error.message, field: error.field } };
    } else {
      // Fastify's JSON parser reports bad syntax as a bare SyntaxError with status 400.
      const precise =
        FASTIFY_CODES[(error as FastifyError).code ?? ''] ??
        (error instanceof SyntaxError ? FASTIFY_CODES.FST_ERR_CTP_INVALID_JSON_BODY : undefined);
      const generic = BY_STATUS[status];
      body = {
        error: {
          code: generic?.code ?? 'client_error',
          message: precise?.message ?? generic?.message ?? 'The request was refused.',
          field: precise?.field ?? generic?.field,
        },
      };
    }
    reply.status(status).type('application/json').send(ApiError.parse(body));
  });
}

/**
 * Unknown paths answer 404 in the ApiError shape, counted by the rate limit like any request:
 * otherwise a scanner could probe paths without limit. Call after the rate-limit plugin.
 */
export function registerNotFound(app: FastifyInstance): void {
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (request, reply) => {
    reply.status(404).send({
      error: {
        code: 'not_found',
        message: `No such endpoint: ${request.method} ${request.url.split('?')[0]}.`,
      },
    } satisfies ApiError);
  });
}

function httpStatusOf(error: { statusCode?: number }): number {
  const status = error.statusCode;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}
