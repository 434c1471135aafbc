import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { printable } from './printable';
import { type AllowHosts, assertUrlHostAllowed, guardedLookup, SsrfError } from './ssrf-guard';

/**
 * One GET with hard limits behind the SSRF guard, shared by everything the backend fetches from
 * publishers: feeds (fetch-feed.ts), article pages (fetch-article.ts) and robots.txt (robots.ts).
 * What differs between them (accepted content types, Accept header, sizes) is in `FetchLimits`.
 */
/** In `contentTypes`: any media type (robots.txt is read whatever a server labels it). */
export const ANY_CONTENT_TYPE = '*/*';

export interface FetchLimits {
  /** Whole fetch, redirects and body included. */
  timeoutMs: number;
  /** Bytes of body after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** Media types accepted (lower case, no parameters); ANY_CONTENT_TYPE among them accepts any. */
  contentTypes: readonly string[];
  /** What the accepted types are, for the refusal message ("a feed", "an HTML page"). */
  contentLabel: string;
  /** The Accept header sent. */
  accept: string;
  /** Hosts the SSRF guard lets through: for tests with loopback servers only. */
  allowHosts: AllowHosts;
  userAgent: string;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | {
      kind: 'ok';
      url: string;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; url: string; etag: string | null; lastModified: string | null }
  | {
      kind: 'error';
      url: string;
      reason: string;
      status?: number;
      /** From Retry-After on 429/503, in milliseconds from now. */
      retryAfterMs?: number;
    };

class FetchFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GETs a URL within hard limits; never throws. Redirects are followed by hand so each hop's
 * URL and resolved address go through the SSRF guard again.
 */
export async function guardedGet(
  url: string,
  validators: Validators,
  l: FetchLimits,
  now: () => number = Date.now,
): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new FetchFailure(`timed out after ${l.timeoutMs} ms`)),
    l.timeoutMs,
  );
  let current = url;
  try {
    for (let hop = 0; ; hop += 1) {
      const target = parseHttpUrl(current);
      assertUrlHostAllowed(target, l.allowHosts);
      const response = await request(target, validators, l, controller.signal);
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.resume();
        const location = response.headers.location;
        if (!location) throw new FetchFailure(`HTTP ${status} without a Location`, status);
        if (hop >= l.maxRedirects) {
          throw new FetchFailure(`more than ${l.maxRedirects} redirects`, status);
        }
        current = new URL(location, target).toString();
        continue;
      }
      const etag = header(response.headers.etag);
      const lastModified = header(response.headers['last-modified']);
      if (status === 304) {
        response.resume();
        return { kind: 'not-modified', url: current, etag, lastModified };
      }
      if (status < 200 || status > 299) {
        response.resume();
        const retryAfterMs =
          status === 429 || status === 503
            ? parseRetryAfter(header(response.headers['retry-after']), now())
            : undefined;
        throw new FetchFailure(
          `HTTP ${status}${response.statusMessage ? ` ${printable(response.statusMessage).slice(0, 100)}` : ''}`,
          status,
          retryAfterMs ?? undefined,
        );
      }
      const contentType = header(response.headers['content-type']);
      const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
      if (
        mediaType &&
        !l.contentTypes.includes(ANY_CONTENT_TYPE) &&
        !l.contentTypes.includes(mediaType)
      ) {
        response.resume();
        throw new FetchFailure(`content type ${mediaType} is not ${l.contentLabel}`, status);
      }
      const declared = Number(header(response.headers['content-length']));
      if (Number.isFinite(declared) && declared > l.maxBytes) {
        response.destroy();
        throw new FetchFailure(`response of ${declared} bytes exceeds ${l.maxBytes}`, status);
      }
      const body = await readBody(response, l.maxBytes, controller.signal);
      return { kind: 'ok', url: current, body, contentType, etag, lastModified };
    }
  } catch (error) {
    const failure = controller.signal.aborted ? controller.signal.reason : error;
    return {
      kind: 'error',
      url: current,
      reason: describe(failure),
      ...(failure instanceof FetchFailure && failure.status ? { status: failure.status } : {}),
      ...(failure instanceof FetchFailure && failure.retryAfterMs !== undefined
        ? { retryAfterMs: failure.retryAfterMs }
        : {}),
    };
  } finally {
    clearTimeout(timer);
  }
}

function parseHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new FetchFailure(`not a URL: ${value.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchFailure(`${url.protocol} URLs are not fetched`);
  }
  if (url.username || url.password) throw new FetchFailure('URLs with credentials are not fetched');
  return url;
}

function request(
  url: URL,
  validators: Validators,
  l: FetchLimits,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  const headers: Record<string, string> = {
    'user-agent': l.userAgent,
    accept: l.accept,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      headers,
      signal,
      // Every connection goes through the guard: resolve, check every address, connect to it.
      lookup: guardedLookup(l.allowHosts) as unknown as http.RequestOptions['lookup'],
      agent: false,
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

function readBody(
  response: http.IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  const encoding = header(response.headers['content-encoding'])?.trim().toLowerCase();
  let stream: Readable = response;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(zlib.createGunzip());
  else if (encoding === 'deflate') stream = response.pipe(zlib.createInflate());
  else if (encoding === 'br') stream = response.pipe(zlib.createBrotliDecompress());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
      response.destroy();
      stream.destroy();
    };
    signal.addEventListener('abort', () => fail(signal.reason), { once: true });
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) fail(new FetchFailure(`response exceeds ${maxBytes} bytes`));
      else chunks.push(chunk);
    });
    stream.once('error', (error) => fail(new FetchFailure(`body unreadable: ${error.message}`)));
    response.once('aborted', () => fail(new FetchFailure('connection closed mid-body')));
    stream.once('end', () => {
      settled = true;
      resolve(Buffer.concat(chunks));
    });
  });
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; null if unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function header(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function describe(error: unknown): string {
  if (error instanceof SsrfError || error instanceof FetchFailure) return error.message;
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN') return `DNS lookup failed (${e.code})`;
  if (e?.code === 'ECONNREFUSED') return 'connection refused';
  if (e?.code === 'ECONNRESET') return 'connection reset';
  if (e?.code && e.message) return `${e.code}: ${e.message}`;
  return e?.message ?? String(error);
}
