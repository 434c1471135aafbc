import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { PrefixLookupResponse } from '../core/lookup';

/** Requests timed per route and transport: enough for a p99 that is not the single worst. */
const SAMPLES = 500;
const WARM_UP = 50;

/** What one route answered over SAMPLES random keys: latency quantiles and answer sizes. */
export interface RouteLatency {
  route: string;
  inProcess: Quantiles;
  http: Quantiles;
  non2xx: number;
  /** POST /v1/lookup only: how many asked URLs were found stored (all should be). */
  found?: number;
}

export interface Quantiles {
  p50: number;
  p99: number;
  max: number;
}

/** The prefix route's answers over the same buckets: candidates and gzipped size. */
export interface PrefixShape {
  medianCandidates: number;
  maxCandidates: number;
  truncated: number;
  medianGzipBytes: number;
  maxGzipBytes: number;
}

/** The keys to ask for, drawn from what the corpus holds at this size. */
export interface ScaleKeys {
  /** Canonical URLs of stored articles (POST /v1/lookup). */
  urls: readonly string[];
  storyIds: readonly string[];
  buckets: number;
}

/**
 * The three read routes at one corpus size, one request at a time (latency, not throughput):
 * in process through `app.inject`, then over HTTP on loopback through a listening server (the
 * same app: its socket, parser and gzip on top of the route). Same keys in the same order.
 */
export async function measureRoutes(
  app: FastifyInstance,
  keys: ScaleKeys,
  random: () => number,
): Promise<{ routes: RouteLatency[]; prefix: PrefixShape }> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const requests = {
    'POST /v1/lookup': Array.from({ length: SAMPLES + WARM_UP }, () => ({
      method: 'POST' as const,
      url: '/v1/lookup',
      body: JSON.stringify({ url: pick(keys.urls) }),
    })),
    'POST /v1/lookup/prefix': Array.from({ length: SAMPLES + WARM_UP }, () => ({
      method: 'POST' as const,
      url: '/v1/lookup/prefix',
      body: JSON.stringify({
        bucket: Math.floor(random() * keys.buckets),
        buckets: keys.buckets,
      }),
    })),
    'GET /v1/stories/:id': Array.from({ length: SAMPLES + WARM_UP }, () => ({
      method: 'GET' as const,
      url: `/v1/stories/${encodeURIComponent(pick(keys.storyIds))}`,
      body: undefined,
    })),
  };
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const routes: RouteLatency[] = [];
  let prefix: PrefixShape | undefined;
  for (const [route, list] of Object.entries(requests)) {
    const inProcess: number[] = [];
    const http: number[] = [];
    let non2xx = 0;
    const candidates: number[] = [];
    const gzipped: number[] = [];
    let truncated = 0;
    let found = 0;
    for (const [index, request] of list.entries()) {
      const started = performance.now();
      const response = await app.inject({
        method: request.method,
        url: request.url,
        headers: request.body ? { 'content-type': 'application/json' } : {},
        payload: request.body,
      });
      if (index >= WARM_UP) inProcess.push(performance.now() - started);
      if (response.statusCode !== 200) non2xx += 1;
      if (route === 'POST /v1/lookup' && index >= WARM_UP && response.json().article) found += 1;
      if (route === 'POST /v1/lookup/prefix' && index >= WARM_UP) {
        const body = PrefixLookupResponse.parse(response.json());
        candidates.push(body.candidates.length);
        gzipped.push(gzipSync(response.rawPayload).length);
        if (body.truncated) truncated += 1;
      }
    }
    for (const [index, request] of list.entries()) {
      const started = performance.now();
      const response = await fetch(`${base}${request.url}`, {
        method: request.method,
        headers: request.body ? { 'content-type': 'application/json' } : {},
        body: request.body,
      });
      await response.arrayBuffer();
      if (index >= WARM_UP) http.push(performance.now() - started);
      if (response.status !== 200) non2xx += 1;
    }
    routes.push({
      route,
      inProcess: quantiles(inProcess),
      http: quantiles(http),
      non2xx,
      ...(route === 'POST /v1/lookup' ? { found } : {}),
    });
    if (route === 'POST /v1/lookup/prefix') {
      prefix = {
        medianCandidates: quantile(candidates, 0.5),
        maxCandidates: Math.max(...candidates),
        truncated,
        medianGzipBytes: quantile(gzipped, 0.5),
        maxGzipBytes: Math.max(...gzipped),
      };
    }
  }
  return { routes, prefix: prefix as PrefixShape };
}

export function quantiles(values: readonly number[]): Quantiles {
  return { p50: quantile(values, 0.5), p99: quantile(values, 0.99), max: Math.max(...values) };
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
