import { expect, it } from 'vitest';
import { PREVIEW_ARTICLES_PER_SIDE, Story, StoryPreview } from '../../core/story';
import { ImportClustering } from '../cluster/import-clustering';
import { importJsonl } from '../import/import-jsonl';
import type { ArticleInput } from '../store/records';
import { jsonlFiles } from '../testing/jsonl-files';
import { describeEachBackend } from '../testing/test-databases';
import { testStores } from '../testing/test-stores';
import { StoryService } from './story-service';
import { buildStoryViews } from './story-views';

function article(id: string, overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    id,
    url: `https://www.cnn.com/2024/06/01/politics/${id}`,
    title: `Senate passes the budget bill ${id}`,
    outlet: 'CNN',
    sourceId: 'cnn',
    publishedAt: '2024-06-01T09:00:00.000Z',
    storyId: 'budget',
    text: 'The Senate passed the budget bill on Tuesday after a long debate about funding.',
    ...overrides,
  };
}

describeEachBackend('the story service', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);
  const jsonl = jsonlFiles();

  it('stores the article, its assignment and its story in one transaction: a failing view build stores none', async () => {
    const backend = await openStore();
    const failing = new StoryService(backend.store, {
      build: () => {
        throw new Error('the view build failed');
      },
    });
    const clustering = new ImportClustering();
    const placed = clustering.assign(article('t1', { storyId: null }));
    await expect(failing.storeArticles([placed], clustering.takeWrites())).rejects.toThrow(
      'the view build failed',
    );
    expect(await backend.store.articles.stored({ id: 't1' })).toBeNull();
    expect(await backend.store.assignments.ofArticle('t1')).toBeNull();
    expect(await backend.store.stories.ids(10)).toEqual([]);
  });

  it('serves a story again from memory, and the new one at once after a write through it', async () => {
    const backend = await openStore();
    await backend.stories.storeArticles([article('m1')]);
    const first = await backend.stories.storyJson('budget');
    expect(JSON.parse(first as string).articleCount).toBe(1);
    await backend.stories.storeArticles([article('m2')]);
    expect(JSON.parse((await backend.stories.storyJson('budget')) as string).articleCount).toBe(2);
    expect(await backend.stories.storyJson('no-such-story')).toBeNull();
  });

  it('stores views as the contract says, and a preview of the newest few per side', async () => {
    const backend = await openStore();
    const many = Array.from({ length: PREVIEW_ARTICLES_PER_SIDE + 2 }, (_, i) =>
      article(`c${i}`, { publishedAt: `2024-06-01T0${i}:00:00.000Z` }),
    );
    const written = await backend.stories.storeArticles(many);
    expect(written).toMatchObject({ inserted: many.length, storyIds: ['budget'] });
    const story = Story.parse(await backend.stories.story('budget'));
    expect(story.articleCount).toBe(many.length);
    const [preview] = await backend.stories.previews(['budget', 'no-such-story']);
    expect(StoryPreview.parse(preview).articles.map((a) => a.id)).toEqual(
      story.articles.slice(0, PREVIEW_ARTICLES_PER_SIDE).map((a) => a.id),
    );
    expect(await backend.stories.summary('budget')).toMatchObject({
      id: 'budget',
      articleCount: many.length,
      firstSeen: '2024-06-01T00:00:00.000Z',
      lastUpdated: `2024-06-01T0${many.length - 1}:00:00.000Z`,
    });
  });

  it('refreshes the stored views when an import adds to a story, and when clustering places an article', async () => {
    const backend = await openStore();
    await importJsonl(backend, jsonl('one.jsonl', [{ id: 'i1', story: 's', title: 'Dam bursts' }]));
    expect((await backend.stories.previews(['s']))[0]?.articleCount).toBe(1);
    await importJsonl(backend, jsonl('two.jsonl', [{ id: 'i2', story: 's', title: 'Dam bursts' }]));
    expect((await backend.stories.previews(['s']))[0]?.articleCount).toBe(2);
    const clustering = new ImportClustering();
    await importJsonl(
      backend,
      jsonl('three.jsonl', [{ id: 'k1', title: 'Colonial Pipeline restarts after attack' }]),
      { clustering },
    );
    expect((await backend.stories.story('story-k1'))?.articles.map((a) => a.id)).toEqual(['k1']);
  });

  it('rebuilds the views of stories whose outlets were re-rated', async () => {
    const backend = await openStore();
    await backend.stories.storeArticles([article('r1')]);
    const before = await backend.stories.summary('budget');
    expect(before?.coverage.threeWay.unrated).toBe(0);
    const cnn = await backend.store.sources.get('cnn');
    if (!cnn) throw new Error('the catalog has CNN');
    const { changed } = await backend.store.sources.upsert([
      { ...cnn, ratings: [], position: null },
    ]);
    expect(changed).toEqual(['cnn']);
    await backend.stories.refreshSources(changed);
    expect((await backend.stories.summary('budget'))?.coverage.threeWay.unrated).toBe(1);
  });

  it('builds each view once per change, never on a read', async () => {
    const backend = await openStore();
    let builds = 0;
    const counting = new StoryService(backend.store, {
      build: (record, background) => {
        builds += 1;
        return buildStoryViews(record, background);
      },
    });
    await counting.storeArticles([article('b1'), article('b2')]);
    expect(builds).toBe(1);
    for (let i = 0; i < 3; i += 1) await counting.story('budget');
    await counting.previews(['budget']);
    expect(builds).toBe(1);
  });
});
