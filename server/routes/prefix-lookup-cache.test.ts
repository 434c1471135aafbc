import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { PrefixLookupResponse } from '../../core/lookup';
import { describeEachBackend } from '../testing/test-databases';
import { testStores } from '../testing/test-stores';
import { lookupReadsOf } from './lookup-reads';
import { LookupSplit } from './lookup-split';
import { prefixLookupRoute } from './prefix-lookup';
import { acceptsGzip, PrefixAnswerCache } from './prefix-lookup-cache';

describe('PrefixAnswerCache', () => {
  it('keeps an answer for its time to live, then builds it again', async () => {
    let now = 0;
    const cache = new PrefixAnswerCache(1000, 1_000_000, () => now);
    await cache.put(3, 10, '{"a":1}');
    now = 999;
    expect(cache.get(3, 10)?.json).toBe('{"a":1}');
    expect(cache.get(3, 11)).toBeUndefined();
    now = 1000;
    expect(cache.get(3, 10)).toBeUndefined();
  });

  it('lets the least recently used answers go past its size', async () => {
    const answer = 'x'.repeat(1000);
    // Room for about two answers (2 bytes a character, plus the gzip).
    const cache = new PrefixAnswerCache(60_000, 4500);
    await cache.put(1, 10, answer);
    await cache.put(2, 10, answer);
    cache.get(1, 10);
    await cache.put(3, 10, answer);
    expect([1, 2, 3].map((bucket) => cache.get(bucket, 10) !== undefined)).toEqual([
      true,
      false,
      true,
    ]);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['deflate, br', false],
    ['identity', false],
    [undefined, false],
  ])('%s → %s', (header, accepted) => {
    expect(acceptsGzip(header)).toBe(accepted);
  });
});

describeEachBackend('private lookup answers kept in memory', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);

  it('serves a bucket from memory until the split sees new articles', async () => {
    const backend = await openStore('story-articles.jsonl');
    const reads = lookupReadsOf(backend.store, backend.stories);
    const split = await LookupSplit.start({ countArticles: reads.countArticles });
    const app = Fastify();
    await app.register(prefixLookupRoute, { reads, split });
    const ask = async () =>
      PrefixLookupResponse.parse(
        (
          await app.inject({
            method: 'POST',
            url: '/v1/lookup/prefix',
            payload: { bucket: 0, buckets: 1 },
          })
        ).json(),
      ).candidates.map((candidate) => candidate.article.id);
    try {
      const before = await ask();
      await backend.stories.storeArticles([
        {
          id: 'late',
          url: 'https://www.reuters.com/world/late-arrival',
          title: 'A late arrival',
          outlet: 'Reuters',
          sourceId: 'reuters',
          publishedAt: null,
          storyId: 's2',
          text: null,
        },
      ]);
      expect(await ask()).toEqual(before);
      await split.refresh();
      expect((await ask()).sort()).toEqual([...before, 'late'].sort());
    } finally {
      split.stop();
      await app.close();
    }
  });
});
