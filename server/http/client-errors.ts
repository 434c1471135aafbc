import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../../core/api-error';
import { HttpError } from './http-error';

/**
 * Failures Fastify answers before any route or the error handler runs, in its own
 * `{"error": "Bad Request", "statusCode": …}` shape: here they leave as the documented core
 * ApiError like every other answer.
 */

/** A malformed URL (`/v1/stories/%zz`) or a failed route constraint: Fastify's frameworkErrors. */
export function frameworkErrors(
  error: Error & { code?: string },
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const body: ApiError =
    error.code === 'FST_ERR_BAD_URL'
      ? {
          error: {
            code: 'bad_request',
            message: 'The request path is not a valid URL: check its percent-encoding.',
            field: 'url',
          },
        }
      : { error: { code: 'bad_request', message: 'The request is malformed.' } };
  request.log.debug({ err: error }, 'framework error');
  reply.status(400).type('application/json; charset=utf-8').send(body);
}

const BY_NODE_CODE: Record<string, { status: number; code: string; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    message: 'The request took too long to arrive; send it again in one go.',
  },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    message: 'The request headers are too large.',
  },
};

/**
 * Node's clientError: a request that cannot be parsed as HTTP, or that stalled past the
 * timeouts. Written on the socket as it is closed (there is no request to reply to).
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection is gone: there is no one to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = BY_NODE_CODE[error.code ?? ''] ?? {
    status: 400,
    code: 'bad_request',
    message: 'The request is not valid HTTP.',
  };
  const body = JSON.stringify({
    error: { code: known.code, message: known.message },
  } satisfies ApiError);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/**
 * HTTP/1.1 requires a Host header (RFC 9112, section 3.2). Node's own check answered a request
 * without one with an empty 400 before Fastify saw it; that check is off (app.ts) and made here
 * instead, so the answer is the documented ApiError like every other. HTTP/1.0 needs no Host.
 */
export function requireHostHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.raw.httpVersion !== '1.0' && !request.headers.host) {
      // As Node did: a client that sends no Host is not one to keep a connection open for.
      reply.header('connection', 'close');
      throw new HttpError(
        400,
        'bad_request',
        'The request has no Host header: HTTP/1.1 requires one (the name of the server asked).',
        'headers.host',
      );
    }
  });
}
