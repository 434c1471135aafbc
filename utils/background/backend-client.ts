import type { z } from 'zod';
import { ApiError, HealthResponse } from '../../core/api-error';
import {
  LookupConfig,
  type LookupRequest,
  LookupResponse,
  PrefixLookupRequest,
  PrefixLookupResponse,
} from '../../core/lookup';
import { Story } from '../../core/story';

export const BACKEND_TIMEOUT_MS = 8000;

/**
 * A failed backend call, classified for the reader: `unreachable` (nothing answered: not
 * running, wrong address, offline, timed out) or `error` (it answered, but with an error or
 * with something that is not what the contract says).
 */
export class BackendFailure extends Error {
  constructor(
    readonly kind: 'unreachable' | 'error',
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'BackendFailure';
  }
}

async function request<S extends z.ZodType>(
  baseUrl: string,
  path: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      ...init,
      signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
    });
  } catch {
    throw new BackendFailure(
      'unreachable',
      `Can't reach the Parallax backend at ${baseUrl}. Is it running? Check the address in Options.`,
    );
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const apiError = ApiError.safeParse(body);
    const message = apiError.success
      ? apiError.data.error.message
      : `The Parallax backend answered with HTTP ${response.status}.`;
    throw new BackendFailure('error', message, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new BackendFailure(
      'error',
      `The Parallax backend at ${baseUrl} sent an answer this version of the extension does not ` +
        'understand. Are the extension and the backend the same version?',
    );
  }
  return parsed.data;
}

export function lookupArticle(baseUrl: string, body: LookupRequest) {
  return request(baseUrl, '/v1/lookup', LookupResponse, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** How the backend splits the hash space for private lookups (core/lookup-bucket.ts). */
export function getLookupConfig(baseUrl: string) {
  return request(baseUrl, '/v1/lookup/config', LookupConfig);
}

/**
 * The private lookup: every stored article of one bucket of the hash space, with the preview
 * of each one's story. The body names the bucket and the split, never the URL nor its hash.
 */
export function lookupBucket(baseUrl: string, body: PrefixLookupRequest) {
  return request(baseUrl, '/v1/lookup/prefix', PrefixLookupResponse, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Parsed on the way out too: `.strict()` keeps anything but the bucket out of the body.
    body: JSON.stringify(PrefixLookupRequest.parse(body)),
  });
}

/**
 * The full story, for the story page only (opened by the reader's click): lookups answer with
 * previews, so nothing fetches a story by id before the reader asks for it. Null when the
 * backend no longer knows it (e.g. merged away meanwhile).
 */
export async function getStory(baseUrl: string, storyId: string): Promise<Story | null> {
  try {
    return await request(baseUrl, `/v1/stories/${encodeURIComponent(storyId)}`, Story);
  } catch (error) {
    if (error instanceof BackendFailure && error.status === 404) return null;
    throw error;
  }
}

export function getHealth(baseUrl: string): Promise<HealthResponse> {
  return request(baseUrl, '/healthz', HealthResponse);
}
