import { expect, it } from 'vitest';
import { importJsonl } from '../../server/import/import-jsonl';
import { jsonlFiles } from '../../server/testing/jsonl-files';
import { loopbackServer } from '../../server/testing/loopback-server';
import { describeEachBackend } from '../../server/testing/test-databases';
import { loopbackIngester } from '../../server/testing/test-ingester';
import { buildTestApp } from '../../server/testing/test-store';
import { testStores } from '../../server/testing/test-stores';

/**
 * NUL (U+0000) on every way in. PostgreSQL's text cannot hold it: one NUL in a title failed a
 * whole import batch there, a JSON Feed with one such item was dropped while the summary counted
 * its items new, and GET /v1/stories/%00 was a 500. Both backends must answer the same.
 */
const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'NUL test feed',
  items: [
    {
      id: 'nul-1',
      url: 'https://www.reuters.com/world/nul-in-title-2026-11-20/',
      title: 'Bridge\u0000 reopens after repairs',
      summary: 'The river\u0000 bridge reopened on Friday.',
      date_published: '2026-11-20T09:00:00Z',
    },
    {
      id: 'nul-2',
      url: 'https://www.reuters.com/world/plain-title-2026-11-20/',
      title: 'Harbour festival draws record crowds',
      date_published: '2026-11-20T10:00:00Z',
    },
  ],
});

const server = loopbackServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/feed+json' }).end(JSON_FEED);
});

describeEachBackend('NUL characters', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);
  const file = jsonlFiles();

  it('an import keeps every line of a batch with a NUL in a title, without the NUL', async () => {
    const store = await openStore();
    const summary = await importJsonl(
      store,
      file('nul.jsonl', [
        { id: 'n1', story: 's-nul', title: 'Council\u0000 votes', source: 'Reuters' },
        { id: 'n2', story: 's-nul', title: 'Council votes again', source: 'BBC News' },
      ]),
    );
    expect(summary).toMatchObject({ imported: 2, stories: 1 });
    const story = await store.stories.story('s-nul');
    expect(story?.articles.map((a) => a.title).sort()).toEqual([
      'Council votes',
      'Council votes again',
    ]);
  });

  it('ingest stores a JSON Feed item with a NUL, and the summary counts what was stored', async () => {
    const store = await openStore();
    const summary = await loopbackIngester(store).runPass([
      { url: `${server.base}/feed.json`, sourceId: 'reuters' },
    ]);
    expect(summary).toMatchObject({ ok: 1, failed: 0, newArticles: 2 });
    const article = await store.store.articles.byUrl(
      'https://reuters.com/world/nul-in-title-2026-11-20',
    );
    expect(article?.title).toBe('Bridge reopens after repairs');
    expect(await store.store.articles.count()).toBe(2);
  });

  it('a feed whose articles could not be stored counts none of them new', async () => {
    const store = await openStore();
    store.stories.storeArticles = async () => {
      throw new Error('disk I/O error');
    };
    const summary = await loopbackIngester(store).runPass([
      { url: `${server.base}/feed.json`, sourceId: 'reuters' },
    ]);
    expect(summary).toMatchObject({ ok: 0, failed: 1, newArticles: 0, updatedArticles: 0 });
    expect(summary.feeds[0]?.error).toMatch(/could not store its articles: disk I\/O error/);
  });

  it('the API refuses a NUL in a story id or a lookup with 400, never 500', async () => {
    const app = await buildTestApp(await openStore());
    const story = await app.inject('/v1/stories/%00');
    expect(story.statusCode).toBe(400);
    expect(story.json()).toMatchObject({ error: { code: 'bad_request', field: 'params.id' } });
    const lookup = await app.inject({
      method: 'POST',
      url: '/v1/lookup',
      payload: { url: 'https://www.reuters.com/x', title: 'a\u0000b' },
    });
    expect(lookup.statusCode).toBe(400);
    expect(lookup.json()).toMatchObject({ error: { field: 'body.title' } });
    await app.close();
  });
});
