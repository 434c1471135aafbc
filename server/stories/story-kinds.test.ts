import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ArticleInput } from '../store/records';
import { describeEachBackend } from '../testing/test-databases';
import { openTestStore, type TestStore } from '../testing/test-store';

function article(id: string, url: string, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    id,
    url,
    title: `Great Lakes treaty ${id}`,
    outlet: 'The Hill',
    sourceId: null,
    publishedAt: '2026-11-20T10:00:00.000Z',
    storyId: 'lakes',
    text: null,
    ...overrides,
  };
}

describeEachBackend('article kinds and grouping in story views', (_kind, createDatabase) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(await createDatabase());
  });
  afterAll(() => store?.close());

  it('stores the kind inferred on the way in and carries it in the story and its preview', async () => {
    await store.stories.storeArticles([
      article('op', 'https://thehill.com/opinion/energy/5001300-treaty/'),
      article('news', 'https://thehill.com/policy/energy/5001234-treaty/'),
    ]);
    expect((await store.store.articles.stored({ id: 'op' }))?.kind).toBe('opinion');
    expect((await store.store.articles.stored({ id: 'news' }))?.kind).toBeUndefined();
    const story = await store.stories.story('lakes');
    const kinds = Object.fromEntries(story?.articles.map((a) => [a.id, a.kind]) ?? []);
    expect(kinds).toEqual({ op: 'opinion', news: undefined });
    // The headline is the report's, not the column's.
    expect(story?.title).toBe('Great Lakes treaty news');
    const [preview] = await store.stories.previews(['lakes']);
    expect(preview?.articles.find((a) => a.id === 'op')?.kind).toBe('opinion');
    // Imported with their story, none placed by the clusterer: nothing computed says why.
    expect(story?.grouping).toBeNull();
  });

  it('keeps a stored kind when a later copy says nothing of it', async () => {
    // A merge's re-store names the article by id, without its address.
    await store.stories.storeArticles([
      article('op', 'https://thehill.com/opinion/energy/5001300-treaty/', { kind: undefined }),
    ]);
    await store.store.articles.upsert([{ ...article('op', ''), url: null }]);
    expect((await store.store.articles.stored({ id: 'op' }))?.kind).toBe('opinion');
  });

  it('says why: the terms the clusterer’s placements into the story shared', async () => {
    await store.stories.storeArticles(
      [article('placed', 'https://www.reuters.com/world/lakes-treaty/', { outlet: 'Reuters' })],
      {
        moved: [],
        merges: [],
        assignments: [
          {
            articleId: 'placed',
            storyId: 'lakes',
            similarity: 0.42,
            terms: ['great lakes', 'treaty', 'withdrawals'],
          },
        ],
      },
    );
    const story = await store.stories.story('lakes');
    expect(story?.grouping).toEqual({
      placed: 1,
      terms: ['great lakes', 'treaty', 'withdrawals'],
    });
  });
});
