import { expect, it } from 'vitest';
import type { ArticleInput } from '../store/repository';
import { describeEachBackend } from '../testing/test-databases';
import { testStores } from '../testing/test-stores';
import { ImportClustering } from './import-clustering';

const TEXT = 'Senate passes infrastructure bill with bipartisan vote after weeks of talks';

function article(id: string, title: string): ArticleInput {
  return {
    id,
    url: null,
    title,
    outlet: 'Example',
    sourceId: null,
    publishedAt: '2021-08-10T12:00:00.000Z',
    storyId: null,
    text: null,
  };
}

/**
 * A clustering merge as ingest and import store it: the placed batch, then the absorbed story's
 * articles again under the surviving story (takeMoved). The absorbed story must not stay behind
 * as a row with no articles.
 */
describeEachBackend('storing a clustering merge', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);

  it('deletes the story that was merged away and serves the survivor with every article', async () => {
    const store = await openStore();
    const { repository } = store;
    const clustering = new ImportClustering({ threshold: 0.9, mergeThreshold: 0.3 });
    const first = [
      clustering.assign(article('s1', `${TEXT} roads rail`)),
      clustering.assign(article('s2', `${TEXT} ports airports`)),
    ];
    expect(first[0]?.storyId).not.toBe(first[1]?.storyId);
    await repository.upsertArticles(first);
    expect(await repository.getStory('story-s2')).not.toBeNull();

    // A bridging article close to both (threshold lowered as in clusterer.test.ts).
    (clustering.options as { threshold: number }).threshold = 0.5;
    const bridge = clustering.assign(article('s3', `${TEXT} roads rail ports airports`));
    expect(clustering.merges).toBe(1);
    const stored = await repository.upsertArticles([bridge]);
    const moved = clustering.takeMoved();
    expect(moved).toHaveLength(1);
    const again = await repository.upsertArticles(moved);

    const [survivor, absorbed] =
      bridge.storyId === 'story-s1' ? ['story-s1', 'story-s2'] : ['story-s2', 'story-s1'];
    expect(await repository.getStory(absorbed)).toBeNull();
    expect([...stored.storyIds, ...again.storyIds]).not.toContain(absorbed);
    const story = await repository.getStory(survivor);
    expect(story?.articles.map((a) => a.id).sort()).toEqual(['s1', 's2', 's3']);
    const rows = await store.database.db.selectFrom('stories').select('id').execute();
    expect(rows.map((row) => row.id)).toEqual([survivor]);
  });
});
