import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundledSources } from '../../core/bundled-catalog';
import type { Source } from '../../core/source';
import { describeEachBackend } from '../testing/test-databases';
import { openTestStore, type TestStore } from '../testing/test-store';
import type { ArticleInput } from './records';

function article(id: string, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    id,
    url: `https://reuters.com/world/${id}`,
    title: `Title ${id}`,
    outlet: 'Reuters',
    sourceId: 'reuters',
    publishedAt: '2024-02-01T00:00:00.000Z',
    storyId: 'tx-story',
    text: null,
    ...overrides,
  };
}

describeEachBackend('repository', (_kind, createDatabase) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(await createDatabase());
  });
  afterAll(() => store?.close());

  it('stores the catalog and reads every source back unchanged', async () => {
    const stored = await store.store.sources.list();
    const byId = (a: Source, b: Source) => a.id.localeCompare(b.id);
    expect([...stored].sort(byId)).toEqual([...bundledSources].sort(byId));
    expect(await store.store.sources.get('reuters')).toEqual(
      bundledSources.find((s) => s.id === 'reuters'),
    );
    expect(await store.store.sources.get('nope')).toBeNull();
  });

  it('replaces a source’s domains and ratings on upsert, and rematches URLs', async () => {
    const reuters = bundledSources.find((s) => s.id === 'reuters') as Source;
    const changed: Source = {
      ...reuters,
      domains: ['reuters.com', 'reuters.co.uk'],
      ratings: [{ ...(reuters.ratings[0] as Source['ratings'][0]), label: 'Centre' }],
    };
    await store.store.sources.upsert([changed]);
    expect(await store.store.sources.get('reuters')).toEqual(changed);
    expect(store.store.sources.match('https://www.reuters.co.uk/x')?.id).toBe('reuters');
    await store.store.sources.upsert([reuters]);
    expect(store.store.sources.match('https://www.reuters.co.uk/x')).toBeNull();
  });

  it('upserts articles by canonical URL or id', async () => {
    const first = await store.stories.storeArticles([article('u1'), article('u2')]);
    expect(first).toMatchObject({ inserted: 2, updated: 0, storyIds: ['tx-story'] });
    // Same URL under another id (another feed): the stored article is updated, not duplicated.
    const again = await store.stories.storeArticles([
      article('other-id', { url: 'https://reuters.com/world/u1', title: 'New title' }),
      article('u2', { title: 'Renamed' }),
    ]);
    expect(again).toMatchObject({ inserted: 0, updated: 2 });
    expect(await store.store.articles.byUrl('https://reuters.com/world/u1')).toMatchObject({
      id: 'u1',
      title: 'New title',
    });
    expect((await store.stories.story('tx-story'))?.articleCount).toBe(2);
  });

  it('stores a batch all or nothing', async () => {
    const batch = [
      article('t1', { storyId: 'atomic' }),
      article('t2', { storyId: 'atomic' }),
      // Refers to a source that does not exist: the database refuses this row.
      article('t3', { storyId: 'atomic', sourceId: 'no-such-source' }),
      article('t4', { storyId: 'atomic' }),
    ];
    await expect(store.stories.storeArticles(batch)).rejects.toThrow();
    for (const id of ['t1', 't2', 't3', 't4']) {
      expect(await store.store.articles.byUrl(`https://reuters.com/world/${id}`)).toBeNull();
    }
    expect(await store.stories.story('atomic')).toBeNull();
  });

  it('counts the articles a private lookup can find, across every slice of the hash space', async () => {
    const before = await store.store.articles.count();
    // 40 URLs scatter over many slices of the hash space; one without a URL has no hash.
    const batch = Array.from({ length: 40 }, (_, i) =>
      article(`count-${i}`, { storyId: 'counted', url: `https://reuters.com/count/${i}` }),
    );
    batch.push(article('count-no-url', { storyId: 'counted', url: null }));
    await store.stories.storeArticles(batch);
    expect(await store.store.articles.count()).toBe(before + 40);
  });
});
