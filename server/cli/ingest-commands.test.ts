import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../ingest/ingest';
import { formatIngestSummary } from './ingest-commands';
import { withFeedsHint } from './serve-role';

const summary = (failed: number): IngestSummary =>
  ({
    feeds: Array.from({ length: failed }, (_, i) => ({
      feed: { url: `https://feed${i}.example/rss`, sourceId: null },
      status: 'failed',
      error: 'getaddrinfo ENOTFOUND',
    })),
    ok: 0,
    notModified: 0,
    failed,
    skipped: 0,
    newArticles: 0,
    updatedArticles: 0,
    storiesTouched: 0,
    millis: 10,
  }) as unknown as IngestSummary;

describe('parallax ingest summary', () => {
  it('points to `parallax feeds` when a feed failed, and only then', () => {
    expect(formatIngestSummary(summary(2))).toContain('`parallax feeds` shows');
    expect(formatIngestSummary(summary(0))).not.toContain('parallax feeds');
  });

  it("serve's log of a pass with failures, or a failed pass, points to `parallax feeds`", () => {
    expect(withFeedsHint('ingest pass', { ok: 3, failed: 95 })).toBe(
      'ingest pass; `parallax feeds` shows which feeds fail and why',
    );
    expect(withFeedsHint('ingest pass failed', { error: 'x' })).toContain('`parallax feeds`');
    expect(withFeedsHint('ingest pass', { ok: 3, failed: 0 })).toBe('ingest pass');
  });
});
