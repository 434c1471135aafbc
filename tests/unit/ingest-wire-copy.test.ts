import { beforeAll, expect, it } from 'vitest';
import { loopbackServer } from '../../server/testing/loopback-server';
import { describeEachBackend } from '../../server/testing/test-databases';
import { loopbackIngester } from '../../server/testing/test-ingester';
import type { TestStore } from '../../server/testing/test-store';
import { testStores } from '../../server/testing/test-stores';

/**
 * Wire copy through ingestion, on loopback: the AP's own feed is polled by one run; a later run
 * (a new process, seeded from the store) polls an outlet that republishes that story without
 * credit, runs a Reuters-bylined item, and reports one story of its own. Texts are invented.
 */
const AP_LEDE =
  'Floodwater from the collapsed Lake Varnen dam reached the town of Ostberg early on Friday, ' +
  'forcing thousands of residents from their homes as engineers warned that a second dam ' +
  'upstream had also shown cracks during the week of heavy rain.';
const AP_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>AP (test fixture)</title><link>https://apnews.com/</link>
<description>Invented</description><item>
<title>Dam collapse floods Ostberg</title>
<link>https://apnews.com/article/lake-varnen-dam-collapse</link>
<description>OSTBERG (AP) — ${AP_LEDE}</description>
<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>`;
const OUTLET_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>The Hill (test fixture)</title>
<link>https://thehill.com/</link><description>Invented</description>
<item><title>Thousands flee as dam gives way</title>
<link>https://thehill.com/news/dam-gives-way</link>
<description>${AP_LEDE}</description>
<pubDate>Fri, 20 Nov 2026 11:00:00 GMT</pubDate></item>
<item><title>Central bank holds rates</title>
<link>https://thehill.com/business/central-bank-holds</link><dc:creator>Reuters</dc:creator>
<description>The central bank left its main interest rate unchanged on Friday and signalled that it would wait for more data on wages before deciding whether to cut borrowing costs next year.</description>
<pubDate>Fri, 20 Nov 2026 11:30:00 GMT</pubDate></item>
<item><title>Ostberg residents describe the night the water came</title>
<link>https://thehill.com/news/ostberg-residents</link>
<description>Residents of Ostberg who fled the flood on Friday said sirens sounded only minutes before the water poured through the streets, and several said they had long feared the old dam would fail.</description>
<pubDate>Fri, 20 Nov 2026 12:00:00 GMT</pubDate></item>
</channel></rss>`;

const server = loopbackServer((req, res) => {
  const body = req.url === '/ap.xml' ? AP_FEED : req.url === '/hill.xml' ? OUTLET_FEED : null;
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
});

describeEachBackend('ingesting wire copy', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase, 'block');
  let store: TestStore;
  beforeAll(async () => {
    store = await openStore();
  });

  const ingester = () =>
    loopbackIngester(store, {
      clock: { now: () => Date.parse('2026-11-20T13:00:00Z'), sleep: async () => {} },
    });

  const stored = async (url: string) => {
    const found = await store.store.articles.stored({ url });
    if (!found) throw new Error(`no stored article at ${url}`);
    return found;
  };

  it("attributes the wire's own article, and in a later run the outlet's uncredited copy", async () => {
    await ingester().runPass([{ url: `${server.base}/ap.xml`, sourceId: 'associated-press' }]);
    const own = await stored('https://apnews.com/article/lake-varnen-dam-collapse');
    expect(own).toMatchObject({ wire: 'ap', duplicateOf: null });

    // A new run knows the AP article only from the store: seed() puts it in the window.
    const later = ingester();
    await later.seed();
    await later.runPass([{ url: `${server.base}/hill.xml`, sourceId: 'the-hill' }]);
    const copy = await stored('https://thehill.com/news/dam-gives-way');
    expect(copy).toMatchObject({ wire: 'ap', duplicateOf: own.id });
    expect(await stored('https://thehill.com/business/central-bank-holds')).toMatchObject({
      wire: 'reuters',
      duplicateOf: null,
    });
    expect(await stored('https://thehill.com/news/ostberg-residents')).toMatchObject({
      wire: null,
      duplicateOf: null,
    });

    // Served with the story: the copy is marked, the outlet still counts.
    const story = await store.stories.story(copy.storyId ?? '');
    expect(story?.articles.find((a) => a.id === copy.id)).toMatchObject({
      wire: 'ap',
      duplicateOf: own.id,
    });
    expect(story?.syndicatedArticles).toBeGreaterThanOrEqual(1);
  });
});
