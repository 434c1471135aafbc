import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { formatIngestSummary } from '../../server/cli/ingest-commands';
import { ArticleLedeEnricher } from '../../server/ingest/article-ledes';
import { ArticlePageFetcher } from '../../server/ingest/article-page-fetcher';
import { extractOnThisThread } from '../../server/ingest/fetch-article';
import type { IngestSummary } from '../../server/ingest/ingest';
import type { Clock } from '../../server/ingest/scheduler';
import { LOOPBACK_HOSTS, loopbackServer } from '../../server/testing/loopback-server';
import { describeEachBackend } from '../../server/testing/test-databases';
import { loopbackIngester } from '../../server/testing/test-ingester';
import { testStores } from '../../server/testing/test-stores';

/**
 * Article-page fetching inside a real ingest pass, on loopback. A wire feed describes the
 * invented Lake Varnen dam collapse; a second outlet's feed gives only titles, and its title
 * for the same story ("Thousands flee as water reaches the town") shares no word with the
 * wire's. Its page's lede (tests/fixtures/articles/varnen-dam.html) is what lets the
 * clusterer see that both are one story. The wire's other items, on unrelated stories, give
 * the clusterer's IDF a corpus to learn from, as a real pass would.
 */
const PAGE = readFileSync(path.join(import.meta.dirname, '../fixtures/articles/varnen-dam.html'));
const WIRE_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire (test fixture)</title><link>https://www.reuters.com/</link>
<description>Invented</description>
<item><title>Lake Varnen dam collapses, Ostberg evacuated as floodwater spreads</title>
<link>https://www.reuters.com/world/europe/lake-varnen-dam-collapses-ostberg-evacuated-2026-11-20/</link>
<description>The Lake Varnen dam collapsed on Friday and floodwater reached the town of Ostberg, where authorities evacuated thousands of residents, officials said. Engineers had warned about cracks in the dam.</description>
<pubDate>Fri, 20 Nov 2026 10:40:00 GMT</pubDate></item>
<item><title>Copper prices climb on supply worries in Chile</title>
<link>https://www.reuters.com/markets/copper-prices-chile-2026-11-20/</link>
<description>Copper futures rose for a third day as mine disruptions in Chile tightened supply and traders bet on stronger demand from electric car makers.</description>
<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Lisbon orchestra strike ends after pay deal</title>
<link>https://www.reuters.com/culture/lisbon-orchestra-strike-2026-11-20/</link>
<description>Musicians of the Lisbon symphony orchestra ended a two-month strike after the city council agreed to raise their pay and hire twelve more players.</description>
<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Central bank holds rates as inflation cools</title>
<link>https://www.reuters.com/markets/central-bank-holds-rates-2026-11-20/</link>
<description>The central bank kept its main interest rate unchanged on Friday, saying inflation had cooled faster than forecast but wages were still rising quickly.</description>
<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Marathon record falls in Valencia</title>
<link>https://www.reuters.com/sport/valencia-marathon-record-2026-11-20/</link>
<description>A Kenyan runner broke the course record at the Valencia marathon by forty seconds, finishing in cool and windless conditions on a flat route.</description>
<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Chip maker opens plant in Dresden</title>
<link>https://www.reuters.com/technology/chip-plant-dresden-2026-11-20/</link>
<description>A semiconductor company opened a factory in Dresden that will employ two thousand people and make chips for cars and industrial machines.</description>
<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Museum returns bronze statues to Nigeria</title>
<link>https://www.reuters.com/culture/museum-returns-bronzes-2026-11-20/</link>
<description>A London museum returned twenty bronze statues to Nigeria, ending a long dispute over objects taken by British soldiers in the nineteenth century.</description>
<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>`;
const titlesFeed = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Titles only (test fixture)</title><link>${base}/</link>
<description>Invented</description>
<item><title>Thousands flee as water reaches the town</title><link>${base}/news/thousands-flee</link></item>
<item><title>Council memo on parking fees</title><link>${base}/private/parking-memo</link></item>
<item><title>Page that has gone</title><link>${base}/news/gone</link></item>
</channel></rss>`;

const requests: string[] = [];

const server = loopbackServer((req, res) => {
  const url = req.url ?? '/';
  requests.push(url);
  if (url === '/wire.xml') {
    return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(WIRE_FEED);
  }
  if (url === '/titles.xml') {
    return res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(titlesFeed(server.base));
  }
  if (url === '/robots.txt') {
    return res
      .writeHead(200, { 'content-type': 'text/plain' })
      .end('User-agent: *\nDisallow: /private/');
  }
  if (url === '/news/thousands-flee' || url === '/private/parking-memo') {
    return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  }
  res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
});

describeEachBackend('ingesting with article pages', (_kind, createDatabase) => {
  const clock: Clock = { now: () => Date.parse('2026-11-20T13:00:00Z'), sleep: async () => {} };
  const openStore = testStores(createDatabase, 'block');

  async function ingest(fetchArticles: boolean) {
    const store = await openStore();
    const ingester = loopbackIngester(store, {
      clock,
      random: () => 0.5,
      ...(fetchArticles
        ? {
            articlePages: new ArticleLedeEnricher({
              articles: store.store.articles,
              fetcher: new ArticlePageFetcher({
                fetchLimits: { allowHosts: LOOPBACK_HOSTS },
                clock,
                // Parsed on this thread: LedeWorker is tested on its own (lede-worker.test.ts).
                extract: extractOnThisThread,
              }),
            }),
          }
        : {}),
    });
    requests.length = 0;
    const summary = await ingester.runPass([
      { url: `${server.base}/wire.xml`, sourceId: 'reuters' },
      { url: `${server.base}/titles.xml`, sourceId: 'the-guardian' },
    ]);
    const rows = await store.store.articles.list(100);
    const byTitle = (start: string) => rows.find((r) => r.title.startsWith(start));
    return {
      summary,
      wire: byTitle('Lake Varnen dam collapses'),
      flee: byTitle('Thousands flee'),
      memo: byTitle('Council memo'),
    };
  }

  it('when enabled: the page lede stands in for the missing description and joins the story', async () => {
    const { summary, wire, flee, memo } = await ingest(true);
    expect(summary).toMatchObject({ ok: 2, newArticles: 10 });
    expect(summary.articlePages).toEqual({
      fetched: 1,
      reused: 0,
      disallowed: 1,
      paced: 0,
      failed: 1,
      overLimit: 0,
      reasons: { 'disallowed by robots.txt': 1, 'HTTP 404 Not Found': 1 },
    });
    expect(flee?.text).toMatch(/^Floodwater from the collapsed Lake Varnen dam reached/);
    expect(flee?.publishedAt).toBe('2026-11-20T11:05:00.000Z'); // the page's, the feed had none
    expect(flee?.storyId).toBe(wire?.storyId);
    expect(memo?.text).toBe(null);
    // robots.txt once; the disallowed page never; the wire item had a description: no request.
    expect(requests.filter((r) => !r.endsWith('.xml'))).toEqual([
      '/robots.txt',
      '/news/thousands-flee',
      '/news/gone',
    ]);
    expect(formatIngestSummary(summary)).toContain(
      'Article pages: 1 fetched, 1 disallowed by robots.txt, 1 failed (1× disallowed by robots.txt; 1× HTTP 404 Not Found)',
    );
  });

  it('when disabled (the default): no page is requested and the title alone is clustered', async () => {
    const { summary, wire, flee } = await ingest(false);
    expect(summary).toMatchObject({ ok: 2, newArticles: 10 });
    expect(summary.articlePages).toBeUndefined();
    expect(requests.every((r) => r.endsWith('.xml'))).toBe(true);
    expect(flee?.text).toBe(null);
    expect(flee?.publishedAt).toBe(null);
    expect(flee?.storyId).not.toBe(wire?.storyId);
    expect(formatIngestSummary(summary as IngestSummary)).not.toContain('Article pages');
  });
});
