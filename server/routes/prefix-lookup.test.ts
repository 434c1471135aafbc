import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { ApiError } from '../../core/api-error';
import { MAX_PREFIX_CANDIDATES, PrefixLookupResponse } from '../../core/lookup';
import { bucketOfHash, bucketsFor, MAX_BUCKETS } from '../../core/lookup-bucket';
import { urlHash } from '../../core/url-hash';
import { type TestApp, testApp } from '../testing/test-app';
import { describeEachBackend } from '../testing/test-databases';

const CNN_CANONICAL = 'https://cnn.com/2024/05/01/politics/rates';
/** The fixture's articles with a URL (a4 and a6 have none, so no hash: no private lookup). */
const HASHED_ARTICLES = ['a1', 'a2', 'a3', 'a5', 'a7', 'a8'];

function prefixLookup(app: TestApp, body: unknown) {
  return app.inject({ method: 'POST', url: '/v1/lookup/prefix', payload: body as object });
}

async function answer(app: TestApp, body: { bucket: number; buckets: number }) {
  const response = await prefixLookup(app, body);
  expect(response.statusCode).toBe(200);
  return PrefixLookupResponse.parse(response.json());
}

describeEachBackend('private lookup by hash bucket', (_kind, createDatabase) => {
  const app = testApp(createDatabase, { fixture: 'story-articles.jsonl' });

  it('answers every article of the bucket, once each story, and the split in use', async () => {
    // Eight stored articles make one bucket: the whole store.
    const body = await answer(app, { bucket: 0, buckets: 1 });
    expect(body.buckets).toBe(bucketsFor(HASHED_ARTICLES.length));
    expect(body.truncated).toBe(false);
    expect(body.candidates.map((c) => c.article.id).sort()).toEqual(HASHED_ARTICLES);
    // a1, a2, a3 and a5 are all in s1: its preview comes once, beside s2's.
    expect(body.stories.map((story) => story.id).sort()).toEqual(['s1', 's2']);
  });

  it('lets the full hash, kept by the client, pick its article and its story preview', async () => {
    const hash = await urlHash(CNN_CANONICAL);
    const buckets = 1 << 20;
    const body = await answer(app, { bucket: bucketOfHash(hash, buckets), buckets });
    const mine = body.candidates.find((candidate) => candidate.urlHash === hash);
    expect(mine?.article).toMatchObject({ id: 'a1', url: CNN_CANONICAL, storyId: 's1' });
    const story = body.stories.find((preview) => preview.id === mine?.article.storyId);
    expect(story).toMatchObject({ id: 's1', articleCount: 6 });
    // All the popup shows: the articles by side, newest first, and the blindspot.
    expect(story?.articles.map((article) => article.id)).toContain('a3');
    expect(story).toHaveProperty('blindspot');
  });

  it('answers for any split, each candidate inside the bucket asked for', async () => {
    for (const buckets of [2, 3, 7, 1000, MAX_BUCKETS]) {
      const seen: string[] = [];
      // With few buckets, every bucket; with many, the buckets of the stored hashes.
      const asked =
        buckets <= 7
          ? Array.from({ length: buckets }, (_, bucket) => bucket)
          : await Promise.all(
              [CNN_CANONICAL, 'https://msnbc.com/news/other-story'].map(async (url) =>
                bucketOfHash(await urlHash(url), buckets),
              ),
            );
      for (const bucket of asked) {
        const body = await answer(app, { bucket, buckets });
        for (const candidate of body.candidates) {
          expect(bucketOfHash(candidate.urlHash, buckets)).toBe(bucket);
          seen.push(candidate.article.id);
        }
        const storyIds = new Set(body.candidates.map((c) => c.article.storyId));
        expect(body.stories.every((story) => storyIds.has(story.id))).toBe(true);
      }
      if (buckets <= 7) expect(seen.sort()).toEqual(HASHED_ARTICLES);
      else expect(seen.sort()).toEqual(['a1', 'a7']);
    }
  });

  it('sends the answer gzipped to clients that accept it, the same JSON', async () => {
    const body = { bucket: 0, buckets: 1 };
    const plain = await prefixLookup(app, body);
    const zipped = await app.inject({
      method: 'POST',
      url: '/v1/lookup/prefix',
      payload: body,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(zipped.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('answers an empty bucket with no candidates and no stories', async () => {
    const hash = await urlHash('https://cnn.com/never-published');
    const body = await answer(app, {
      bucket: bucketOfHash(hash, MAX_BUCKETS),
      buckets: MAX_BUCKETS,
    });
    expect(body).toEqual({ buckets: 1, candidates: [], stories: [], truncated: false });
  });

  it.each([
    [{ prefix: 'abcdef12' }, 'body.bucket'],
    [{ bucket: 0, buckets: 1, prefix: 'abcdef12' }, 'body.prefix'],
    [{ bucket: 4, buckets: 4 }, 'body.bucket'],
    [{ bucket: -1, buckets: 4 }, 'body.bucket'],
    [{ bucket: 0.5, buckets: 4 }, 'body.bucket'],
    [{ bucket: 0, buckets: 0 }, 'body.buckets'],
    [{ bucket: 0, buckets: MAX_BUCKETS * 2 }, 'body.buckets'],
    [{ bucket: 0, buckets: 1, url: 'https://cnn.com/x' }, 'body.url'],
  ])('refuses %j, naming the field', async (body, field) => {
    const response = await prefixLookup(app, body);
    expect(response.statusCode).toBe(400);
    expect(ApiError.parse(response.json()).error.field).toBe(field);
  });
});

describeEachBackend('private lookup of a crowded bucket', (_kind, createDatabase) => {
  const crowd = MAX_PREFIX_CANDIDATES + 20;
  const app = testApp(createDatabase, {
    fill: (store) =>
      store.stories.storeArticles(
        Array.from({ length: crowd }, (_, i) => ({
          id: `crowd-${i}`,
          url: `https://www.reuters.com/world/crowd-${i}`,
          title: `Crowded bucket article ${i}`,
          outlet: 'Reuters',
          sourceId: 'reuters',
          publishedAt: null,
          storyId: `crowd-story-${i % 10}`,
          text: null,
        })),
      ),
  });

  it('answers the first MAX_PREFIX_CANDIDATES by hash and says it cut the bucket', async () => {
    const body = await answer(app, { bucket: 0, buckets: 1 });
    expect(body.buckets).toBe(bucketsFor(crowd));
    expect(body.truncated).toBe(true);
    expect(body.candidates).toHaveLength(MAX_PREFIX_CANDIDATES);
    const hashes = body.candidates.map((candidate) => candidate.urlHash);
    expect(hashes).toEqual([...hashes].sort());
    expect(body.stories).toHaveLength(10);
  });

  it('answers the split it uses now, whose buckets are not cut', async () => {
    const { buckets } = await answer(app, { bucket: 0, buckets: 1 });
    for (let bucket = 0; bucket < buckets; bucket += 1) {
      expect((await answer(app, { bucket, buckets })).truncated).toBe(false);
    }
  });
});
