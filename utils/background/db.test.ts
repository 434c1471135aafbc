import { beforeEach, describe, expect, it } from 'vitest';
import { detectedArticle, lookupWithStory, story } from '../../tests/fixtures/extension/fixtures';
import { db, getCachedLookup, LOOKUP_TTL_MS, putCachedLookup } from './db';

const row = (fetchedAt: number) => ({
  url: detectedArticle.url,
  lookup: lookupWithStory,
  fetchedAt,
});

describe('lookup cache', () => {
  beforeEach(() => db.lookups.clear());

  it('returns a fresh answer, with the story preview the lookup answered', async () => {
    await putCachedLookup(row(1000));
    const cached = await getCachedLookup(detectedArticle.url, 1000 + LOOKUP_TTL_MS);
    expect(cached).toEqual(row(1000));
    expect(cached?.lookup.story?.overview).toEqual(lookupWithStory.story?.overview);
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

  it('treats a row of the old shape (a full story beside a summary) as absent', async () => {
    const { overview: _, blindspot: __, articles: ___, ...summary } = story;
    await db.lookups.put({
      url: detectedArticle.url,
      lookup: { ...lookupWithStory, story: summary },
      story,
      fetchedAt: Date.now(),
    } as never);
    expect(await getCachedLookup(detectedArticle.url)).toBeNull();
  });
});
