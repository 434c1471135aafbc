import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { formatFeedsTable, formatIngestSummary } from '../../server/cli/ingest-commands';
import type { Clock } from '../../server/ingest/scheduler';
import { loopbackServer } from '../../server/testing/loopback-server';
import { describeEachBackend } from '../../server/testing/test-databases';
import { loopbackIngester } from '../../server/testing/test-ingester';
import type { TestStore } from '../../server/testing/test-store';
import { testStores } from '../../server/testing/test-stores';

/**
 * Ingestion end to end on loopback: three outlets from the catalog (The Guardian, lean left;
 * Reuters, center; Fox News, right) publish one invented story in RSS 2.0, Atom and RSS 1.0,
 * each beside an unrelated item; a fourth feed is garbage and a fifth is rate-limited.
 */
const FIXTURES = path.join(import.meta.dirname, '../fixtures/feeds');
const FEEDS: Record<string, { file: string; type: string }> = {
  '/guardian.xml': { file: 'guardian.xml', type: 'application/rss+xml; charset=utf-8' },
  '/reuters.xml': { file: 'reuters.xml', type: 'application/atom+xml' },
  '/foxnews.xml': { file: 'foxnews.xml', type: 'application/rdf+xml' },
};
/** A feed first polled by a later, separate run: one more report on the same dam collapse. */
const LATER_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Later (test fixture)</title><link>https://apnews.com/</link>
<description>Invented</description><item>
<title>Ostberg evacuated after Lake Varnen dam collapse floods the town</title>
<link>https://apnews.com/article/lake-varnen-dam-collapse-ostberg-flood</link>
<description>Floodwater from the collapsed Lake Varnen dam reached Ostberg, where thousands of residents were evacuated. Engineers had warned about cracks in the dam.</description>
<pubDate>Fri, 20 Nov 2026 15:40:00 GMT</pubDate></item></channel></rss>`;
const requests: string[] = [];

const server = loopbackServer((req, res) => {
  const url = req.url ?? '/';
  requests.push(`${url} ${req.headers['if-none-match'] ?? ''}`);
  const feed = FEEDS[url];
  if (feed) {
    const etag = `"${feed.file}-v1"`;
    if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': feed.type, etag });
    return res.end(readFileSync(path.join(FIXTURES, feed.file)));
  }
  if (url === '/garbage.xml') {
    return res.writeHead(200, { 'content-type': 'text/xml' }).end('<<<not a feed>>> \u0000');
  }
  if (url === '/busy.xml') return res.writeHead(503, { 'retry-after': '3600' }).end();
  if (url === '/later.xml') {
    return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(LATER_FEED);
  }
  res.writeHead(404).end();
});

describeEachBackend('ingesting loopback feeds', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase, 'block');
  let store: TestStore;
  let now = Date.parse('2026-11-20T13:00:00Z');
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };

  beforeAll(async () => {
    store = await openStore();
  });

  const ingester = () => loopbackIngester(store, { clock, random: () => 0.5 });
  const feeds = () => [
    { url: `${server.base}/guardian.xml`, sourceId: 'the-guardian' },
    { url: `${server.base}/reuters.xml`, sourceId: 'reuters' },
    { url: `${server.base}/foxnews.xml`, sourceId: 'fox-news' },
    { url: `${server.base}/garbage.xml`, sourceId: null },
    { url: `${server.base}/busy.xml`, sourceId: null },
  ];

  it('forms the story with left, center and right coverage; bad feeds are recorded', async () => {
    const summary = await ingester().runPass(feeds());
    expect(summary).toMatchObject({ ok: 3, failed: 2, newArticles: 6, updatedArticles: 0 });
    const failures = summary.feeds.filter((f) => f.status === 'failed').map((f) => f.error);
    expect(failures[0]).toMatch(/not a readable feed/);
    expect(failures[1]).toBe('HTTP 503 Service Unavailable');

    const article = await store.store.articles.byUrl(
      'https://theguardian.com/world/2026/nov/20/lake-varnen-dam-collapse-ostberg-evacuated',
    );
    expect(article).toMatchObject({
      sourceId: 'the-guardian',
      publishedAt: '2026-11-20T09:15:00.000Z',
    });
    const story = await store.stories.story(article?.storyId ?? '');
    expect(story?.articles.map((a) => a.sourceId).sort()).toEqual([
      'fox-news',
      'reuters',
      'the-guardian',
    ]);
    expect(story?.coverage.totalOutlets).toBe(3);
    expect(story?.coverage.buckets).toMatchObject({ leanLeft: 1, center: 1, right: 1 });
    // The unrelated items stay apart: one story each.
    const orchestra = await store.store.articles.byUrl(
      'https://theguardian.com/music/2026/nov/20/lisbon-orchestra-strike-ends',
    );
    expect(orchestra?.storyId).not.toBe(article?.storyId);
    expect(formatIngestSummary(summary)).toMatch(/Feeds: 3 ok, 0 not modified, 2 failed/);
  });

  it('stores feed health, backs off failing feeds and honours Retry-After', async () => {
    const health = store.store.feedHealth;
    const rows = await health.list();
    const byPath = new Map(rows.map((r) => [new URL(r.feedUrl).pathname, r]));
    expect(byPath.get('/guardian.xml')).toMatchObject({
      consecutiveFailures: 0,
      itemsSeen: 2,
      etag: '"guardian.xml-v1"',
      lastSuccessAt: '2026-11-20T13:00:00.000Z',
    });
    expect(byPath.get('/busy.xml')).toMatchObject({
      consecutiveFailures: 1,
      lastError: 'HTTP 503 Service Unavailable',
      nextPollAt: '2026-11-20T14:00:00.000Z', // Retry-After 3600 s beats the 3.75 min backoff
    });
    const table = formatFeedsTable(rows, now);
    expect(table.split('\n')[1]).toMatch(/^FAILING/);
    expect(table).toMatch(/3 healthy, 2 failing/);
  });

  it('polls again with conditional requests and stores nothing twice', async () => {
    requests.length = 0;
    now += 60 * 60_000;
    const summary = await ingester().runPass(feeds());
    expect(summary).toMatchObject({
      notModified: 3,
      newArticles: 0,
      updatedArticles: 0,
      failed: 2,
    });
    expect(requests).toContain('/guardian.xml "guardian.xml-v1"');
    const busy = await store.store.feedHealth.get(`${server.base}/busy.xml`);
    expect(busy?.consecutiveFailures).toBe(2);
  });

  it('a later run (a new clusterer, seeded from the store) adds to the stories formed before', async () => {
    const dam = await store.store.articles.byUrl(
      'https://theguardian.com/world/2026/nov/20/lake-varnen-dam-collapse-ostberg-evacuated',
    );
    const later = ingester();
    expect(await later.seed()).toMatchObject({ articles: 6, stories: 4 });
    const summary = await later.runPass([{ url: `${server.base}/later.xml`, sourceId: null }]);
    expect(summary).toMatchObject({ ok: 1, newArticles: 1, storiesTouched: 1 });
    const added = await store.store.articles.byUrl(
      'https://apnews.com/article/lake-varnen-dam-collapse-ostberg-flood',
    );
    expect(added?.storyId).toBe(dam?.storyId);
    expect((await store.stories.story(dam?.storyId ?? ''))?.articleCount).toBe(4);
  });

  it('skips feeds that are not due when polling on schedule', async () => {
    const summary = await ingester().runPass(feeds(), { onlyDue: true });
    expect(summary.skipped).toBe(5);
  });
});
