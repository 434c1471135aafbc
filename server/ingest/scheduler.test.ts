import { describe, expect, it } from 'vitest';
import { emptyHealth } from '../store/feed-health';
import { DEFAULT_BACKOFF, isDue, nextPollDelay, runLimited } from './scheduler';

const MIN = 60_000;

describe('nextPollDelay', () => {
  it('doubles per consecutive failure, with equal jitter, up to the cap', () => {
    const low = () => 0;
    const high = () => 0.999999;
    expect(nextPollDelay({ ok: false, consecutiveFailures: 1 }, DEFAULT_BACKOFF, low)).toBe(
      2.5 * MIN,
    );
    expect(nextPollDelay({ ok: false, consecutiveFailures: 1 }, DEFAULT_BACKOFF, high)).toBeCloseTo(
      5 * MIN,
      -2,
    );
    expect(nextPollDelay({ ok: false, consecutiveFailures: 3 }, DEFAULT_BACKOFF, low)).toBe(
      10 * MIN,
    );
    expect(
      nextPollDelay({ ok: false, consecutiveFailures: 40 }, DEFAULT_BACKOFF, high),
    ).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxBackoffMs);
  });

  it('never retries before Retry-After, and caps absurd ones', () => {
    expect(
      nextPollDelay(
        { ok: false, consecutiveFailures: 1, retryAfterMs: 90 * MIN },
        DEFAULT_BACKOFF,
        () => 0,
      ),
    ).toBe(90 * MIN);
    expect(
      nextPollDelay(
        { ok: false, consecutiveFailures: 1, retryAfterMs: 1000 },
        DEFAULT_BACKOFF,
        () => 0,
      ),
    ).toBe(2.5 * MIN);
    expect(
      nextPollDelay(
        { ok: false, consecutiveFailures: 1, retryAfterMs: 30 * 24 * 60 * MIN },
        DEFAULT_BACKOFF,
        () => 0,
      ),
    ).toBe(DEFAULT_BACKOFF.maxRetryAfterMs);
  });

  it('polls healthy feeds at the interval plus up to 10%', () => {
    expect(nextPollDelay({ ok: true }, DEFAULT_BACKOFF, () => 0)).toBe(15 * MIN);
    expect(nextPollDelay({ ok: true }, DEFAULT_BACKOFF, () => 1)).toBe(16.5 * MIN);
  });
});

describe('isDue with a fake clock', () => {
  it('is due when never polled, or once next_poll_at has come', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(isDue(null, now)).toBe(true);
    const health = {
      ...emptyHealth('https://x.example/feed', null),
      nextPollAt: '2026-01-01T00:05:00Z',
    };
    expect(isDue(health, now)).toBe(false);
    expect(isDue(health, now + 5 * MIN)).toBe(true);
  });
});

describe('runLimited', () => {
  it('keeps to the overall and per-host limits, in order, results in input order', async () => {
    const items = ['a/1', 'a/2', 'a/3', 'b/1', 'c/1', 'b/2'];
    let active = 0;
    let maxActive = 0;
    const perHost = new Map<string, number>();
    let maxPerHost = 0;
    const started: string[] = [];
    const releases: Array<() => void> = [];
    const done = runLimited(
      items,
      (i) => i.split('/')[0] ?? '',
      { overall: 3, perHost: 1 },
      async (item) => {
        const host = item.split('/')[0] ?? '';
        started.push(item);
        active += 1;
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        maxActive = Math.max(maxActive, active);
        maxPerHost = Math.max(maxPerHost, perHost.get(host) ?? 0);
        await new Promise<void>((resolve) => releases.push(resolve));
        active -= 1;
        perHost.set(host, (perHost.get(host) ?? 1) - 1);
        return item.toUpperCase();
      },
    );
    while (started.length < items.length || releases.length > 0) {
      await new Promise((r) => setImmediate(r));
      releases.shift()?.();
    }
    expect(await done).toEqual(items.map((i) => i.toUpperCase()));
    expect(started.slice(0, 3)).toEqual(['a/1', 'b/1', 'c/1']);
    expect(maxActive).toBeLessThanOrEqual(3);
    expect(maxPerHost).toBe(1);
  });
});
