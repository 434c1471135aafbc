import { expect, it } from 'vitest';
import { LookupConfig } from '../../core/lookup';
import { bucketsFor, MIN_BUCKET_ARTICLES } from '../../core/lookup-bucket';
import { testApp } from '../testing/test-app';
import { describeEachBackend } from '../testing/test-databases';

describeEachBackend('lookup config', (_kind, createDatabase) => {
  const stored = 3 * MIN_BUCKET_ARTICLES + 5;
  const app = testApp(createDatabase, {
    fill: (store) =>
      store.stories.storeArticles(
        Array.from({ length: stored }, (_, i) => ({
          id: `config-${i}`,
          url: `https://www.reuters.com/world/config-${i}`,
          title: `Article ${i}`,
          outlet: 'Reuters',
          sourceId: 'reuters',
          publishedAt: null,
          storyId: null,
          text: null,
        })),
      ),
  });

  it('says how many buckets the store makes, each holding at least 32 articles on average', async () => {
    const response = await app.inject('/v1/lookup/config');
    expect(response.statusCode).toBe(200);
    expect(LookupConfig.parse(response.json())).toEqual({
      buckets: bucketsFor(stored),
      minBucketArticles: MIN_BUCKET_ARTICLES,
    });
    expect(bucketsFor(stored)).toBe(3);
    // The same for everyone: caches may keep it.
    expect(response.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
  });
});
