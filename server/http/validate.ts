import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { badRequest } from './http-error';

export type RequestPart = 'body' | 'params' | 'query';

/**
 * Parses one part of a request with a core schema; on failure throws a 400 naming the first
 * offending field (e.g. "body.url") and what was expected there.
 */
export function parseRequest<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: RequestPart,
): z.infer<S> {
  const nul = nulPath(value);
  if (nul !== null) {
    const field = [part, ...nul].join('.');
    throw badRequest(field, `${field} contains a NUL character (U+0000); remove it.`);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String) ?? [];
  if (issue?.code === 'unrecognized_keys') path.push(issue.keys[0] ?? '');
  const field = [part, ...path].join('.');
  if (value === undefined || value === null) {
    throw badRequest(part, `The request ${part} is missing; expected a JSON object.`);
  }
  const message =
    issue?.code === 'unrecognized_keys'
      ? `${field} is not a known field; remove it.`
      : `${field} is invalid: ${issue?.message ?? 'unexpected value'}.`;
  throw badRequest(field, message);
}

/**
 * Where a NUL (U+0000) sits in a request value, or null. No field of the API holds one, and
 * PostgreSQL cannot compare text with one (GET /v1/stories/%00 was a 500 there, a 404 on
 * SQLite): refused here, the answer is the same 400 on both backends.
 */
function nulPath(value: unknown, depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? [] : null;
  if (depth > 8 || value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const below = nulPath(child, depth + 1);
    if (below !== null) return [key, ...below];
  }
  return null;
}

/** Thrown when the server is about to send something its own contract forbids: a bug. */
export class ResponseContractError extends Error {
  override readonly name = 'ResponseContractError';
}

/**
 * Sends a response only after it passes its own core schema, so the extension can trust every
 * byte. A failure is our bug: it becomes a 500 and the issues are logged, never sent.
 */
export function sendValid<S extends z.ZodType>(
  reply: FastifyReply,
  schema: S,
  value: z.input<S>,
): FastifyReply {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ResponseContractError(
      `Response for ${reply.request.routeOptions.url ?? 'unknown route'} breaks its schema: ` +
        JSON.stringify(result.error.issues.slice(0, 3)),
    );
  }
  return reply.send(result.data);
}
