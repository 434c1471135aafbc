import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOOPBACK_HOSTS, loopbackServer } from '../testing/loopback-server';
import { ArticlePageFetcher } from './article-page-fetcher';
import { extractOnThisThread } from './fetch-article';
import type { Clock } from './scheduler';

const PAGE = readFileSync(
  join(import.meta.dirname, '../../tests/fixtures/articles/varnen-dam.html'),
);
let robotsTxt = '';
const requested: string[] = [];

const server = loopbackServer((req, res) => {
  requested.push(req.url ?? '/');
  if (req.url === '/robots.txt') {
    return res.writeHead(200, { 'content-type': 'text/plain' }).end(robotsTxt);
  }
  if (req.url?.startsWith('/news/') || req.url?.startsWith('/private/')) {
    return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  }
  res.writeHead(404).end();
});
beforeEach(() => {
  requested.length = 0;
});

/** A clock whose sleeps pass at once and are recorded. */
function fakeClock() {
  const sleeps: number[] = [];
  let now = Date.parse('2026-11-20T12:00:00Z');
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  return { clock, sleeps };
}

const fetcher = (clock: Clock, options: { maxWaitMs?: number } = {}) =>
  new ArticlePageFetcher({
    fetchLimits: { allowHosts: LOOPBACK_HOSTS },
    minIntervalMs: 0,
    clock,
    // The worker thread has its own tests (lede-worker.test.ts); here it would only add start-up time.
    extract: extractOnThisThread,
    ...options,
  });

describe('ArticlePageFetcher', () => {
  it('asks robots.txt first and never requests a disallowed page', async () => {
    robotsTxt = 'User-agent: *\nDisallow: /private/';
    const f = fetcher(fakeClock().clock);
    expect(await f.fetch(`${server.base}/private/memo`)).toEqual({
      kind: 'disallowed',
      reason: 'disallowed by robots.txt',
    });
    const ok = await f.fetch(`${server.base}/news/flood`);
    expect(ok.kind === 'fetched' && ok.page.lede).toMatch(/^Floodwater/);
    expect(requested).toEqual(['/robots.txt', '/news/flood']);
  });

  it('waits out the Crawl-delay between pages of one host', async () => {
    robotsTxt = 'User-agent: Parallax\nCrawl-delay: 5\nDisallow:';
    const { clock, sleeps } = fakeClock();
    const f = fetcher(clock);
    for (const slug of ['a', 'b', 'c']) {
      expect((await f.fetch(`${server.base}/news/${slug}`)).kind).toBe('fetched');
    }
    // The fake clock does not move while a page is fetched, so each wait is the whole delay.
    expect(sleeps).toEqual([5_000, 5_000]);
  });

  it('skips a page whose slot is further away than the longest wait', async () => {
    robotsTxt = 'User-agent: *\nCrawl-delay: 30';
    const { clock } = fakeClock();
    const f = fetcher(
      { now: clock.now, sleep: async () => {} }, // time stands still: the second slot stays 30 s away
      { maxWaitMs: 20_000 },
    );
    expect((await f.fetch(`${server.base}/news/a`)).kind).toBe('fetched');
    expect(await f.fetch(`${server.base}/news/b`)).toEqual({
      kind: 'paced',
      reason: 'host busy for more than 20 s (Crawl-delay)',
    });
    expect(requested).toEqual(['/robots.txt', '/news/a']);
  });
});
