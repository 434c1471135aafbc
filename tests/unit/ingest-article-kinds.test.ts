import { beforeAll, expect, it } from 'vitest';
import { loopbackServer } from '../../server/testing/loopback-server';
import { describeEachBackend } from '../../server/testing/test-databases';
import { loopbackIngester } from '../../server/testing/test-ingester';
import type { TestStore } from '../../server/testing/test-store';
import { testStores } from '../../server/testing/test-stores';

/**
 * Article kinds through ingestion, on loopback: a feed files one item under "Opinion" (its
 * address says nothing), another sits under /opinion/ in its address, a third is news. Texts
 * are invented.
 */
const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Hill (test fixture)</title>
<link>https://thehill.com/</link><description>Invented</description>
<item><title>Why the dam failed, and who knew</title>
<link>https://thehill.com/homenews/5002001-why-the-dam-failed</link><category>Opinion</category>
<description>The dam above Ostberg failed because inspectors' warnings were filed and forgotten for a decade, and the county that ignored them should answer for it.</description>
<pubDate>Fri, 20 Nov 2026 11:00:00 GMT</pubDate></item>
<item><title>Rebuild the dams before the next flood</title>
<link>https://thehill.com/opinion/energy-environment/5002002-rebuild-the-dams</link>
<description>Every old dam in the valley needs the inspection Ostberg never got, and the state should pay for it before the spring rains rather than after the next collapse.</description>
<pubDate>Fri, 20 Nov 2026 11:30:00 GMT</pubDate></item>
<item><title>Thousands flee as dam gives way</title>
<link>https://thehill.com/news/5002003-dam-gives-way</link><category>News</category>
<description>Floodwater from the collapsed dam reached Ostberg early on Friday, forcing thousands of residents from their homes.</description>
<pubDate>Fri, 20 Nov 2026 12:00:00 GMT</pubDate></item>
</channel></rss>`;

const server = loopbackServer((req, res) => {
  if (req.url !== '/hill.xml') return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
});

describeEachBackend('ingesting article kinds', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase, 'block');
  let store: TestStore;
  beforeAll(async () => {
    store = await openStore();
  });

  const kindAt = async (url: string) => {
    const found = await store.store.articles.stored({ url });
    if (!found) throw new Error(`no stored article at ${url}`);
    return found.kind;
  };

  it("stores the kind the feed's category or the address says, and nothing for news", async () => {
    await loopbackIngester(store, {
      clock: { now: () => Date.parse('2026-11-20T13:00:00Z'), sleep: async () => {} },
    }).runPass([{ url: `${server.base}/hill.xml`, sourceId: 'the-hill' }]);
    expect(await kindAt('https://thehill.com/homenews/5002001-why-the-dam-failed')).toBe('opinion');
    expect(
      await kindAt('https://thehill.com/opinion/energy-environment/5002002-rebuild-the-dams'),
    ).toBe('opinion');
    expect(await kindAt('https://thehill.com/news/5002003-dam-gives-way')).toBeUndefined();
  });
});
