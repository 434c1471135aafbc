import type { FeedHealth } from '../store/feed-health';

/** Time as the scheduler sees it: real in production, a fake one in tests. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    }),
};

export interface BackoffPolicy {
  /** Between successful polls of a feed. */
  intervalMs: number;
  /** First delay after a failure; doubled per consecutive failure. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Longest Retry-After honoured (a server asking for a week gets this). */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  intervalMs: 15 * 60_000,
  baseBackoffMs: 5 * 60_000,
  maxBackoffMs: 12 * 60 * 60_000,
  maxRetryAfterMs: 24 * 60 * 60_000,
};

/**
 * When a feed is next due. Success: the interval, with up to 10% jitter so feeds drift apart.
 * Failure n (1, 2, …): base × 2^(n−1), capped, with "equal jitter" (half fixed, half random) so
 * failing feeds do not retry in lockstep; a Retry-After is a floor (never retried sooner).
 */
export function nextPollDelay(
  outcome: { ok: true } | { ok: false; consecutiveFailures: number; retryAfterMs?: number },
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  if (outcome.ok) return Math.round(policy.intervalMs * (1 + 0.1 * random()));
  const exponent = Math.min(Math.max(outcome.consecutiveFailures, 1) - 1, 30);
  const capped = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** exponent);
  const jittered = Math.round(capped / 2 + (capped / 2) * random());
  const retryAfter =
    outcome.retryAfterMs === undefined ? 0 : Math.min(outcome.retryAfterMs, policy.maxRetryAfterMs);
  return Math.max(jittered, retryAfter);
}

/** Whether a feed is due at `now` (never polled, or its next poll time has come). */
export function isDue(health: FeedHealth | null, now: number): boolean {
  if (!health?.nextPollAt) return true;
  return Date.parse(health.nextPollAt) <= now;
}

export interface ConcurrencyLimits {
  overall: number;
  perHost: number;
}

export const DEFAULT_CONCURRENCY: ConcurrencyLimits = { overall: 8, perHost: 2 };

/**
 * Runs `work` for every item with at most `overall` running at once and at most `perHost` per
 * host. Items start in the given order (the first waiting item whose host has room), so runs
 * are deterministic for the same completions. Results come back in input order.
 */
export async function runLimited<T, R>(
  items: readonly T[],
  hostOf: (item: T) => string,
  limits: ConcurrencyLimits,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const waiting = items.map((item, index) => ({ item, index, host: hostOf(item) }));
  const running = new Map<string, number>();
  let active = 0;
  return new Promise((resolve, reject) => {
    const pump = () => {
      if (waiting.length === 0 && active === 0) return resolve(results);
      for (let i = 0; i < waiting.length && active < limits.overall; ) {
        const next = waiting[i] as (typeof waiting)[number];
        if ((running.get(next.host) ?? 0) >= limits.perHost) {
          i += 1;
          continue;
        }
        waiting.splice(i, 1);
        active += 1;
        running.set(next.host, (running.get(next.host) ?? 0) + 1);
        work(next.item).then((result) => {
          results[next.index] = result;
          active -= 1;
          running.set(next.host, (running.get(next.host) ?? 1) - 1);
          pump();
        }, reject);
      }
    };
    pump();
  });
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
