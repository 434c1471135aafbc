import { beforeEach, describe, expect, it } from 'vitest';
import { detectedArticle, lookupWithStory, story } from '../../tests/fixtures/extension/fixtures';
import { db, getCachedLookup, LOOKUP_TTL_MS, putCachedLookup } from './db';

const row = (fetchedAt: number) => ({
  url: detectedArticle.url,
  lookup: lookupWithStory,
  story,
  fetchedAt,
});

describe('lookup cache', () => {
  beforeEach(() => db.lookups.clear());

  it('returns a fresh answer', async () => {
    await putCachedLookup(row(1000));
    expect(await getCachedLookup(detectedArticle.url, 1000 + LOOKUP_TTL_MS)).toEqual(row(1000));
  });

  it('drops an answer older than the TTL', async () => {
    await putCachedLookup(row(1000));
    expect(await getCachedLookup(detectedArticle.url, 1001 + LOOKUP_TTL_MS)).toBeNull();
    expect(await db.lookups.count()).toBe(0);
  });

  it('treats a row that no longer parses as absent', async () => {
    await db.lookups.put({ ...row(Date.now()), lookup: { source: 'junk' } } as never);
    expect(await getCachedLookup(detectedArticle.url)).toBeNull();
  });
});
