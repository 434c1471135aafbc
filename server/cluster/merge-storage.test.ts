import { expect, it } from 'vitest';
import type { ArticleInput } from '../store/records';
import { storedAssignments } from '../testing/stored-assignments';
import { describeEachBackend } from '../testing/test-databases';
import { testStores } from '../testing/test-stores';
import { MERGE_PASS } from './clusterer';
import { FEATURE_COUNT } from './decision';
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
 * articles again under the surviving story (takeWrites), in one transaction. The absorbed story
 * must not stay behind as a row with no articles.
 */
describeEachBackend('storing a clustering merge', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);

  it('deletes the story that was merged away and serves the survivor with every article', async () => {
    const store = await openStore();
    const { stories } = store;
    const clustering = new ImportClustering({ threshold: 0.9, mergeThreshold: 0.3 });
    const first = [
      clustering.assign(article('s1', `${TEXT} roads rail`)),
      clustering.assign(article('s2', `${TEXT} ports airports`)),
    ];
    expect(first[0]?.storyId).not.toBe(first[1]?.storyId);
    await stories.storeArticles(first, clustering.takeWrites());
    expect(await stories.story('story-s2')).not.toBeNull();

    // A bridging article close to both (threshold lowered as in clusterer.test.ts).
    (clustering.options as { threshold: number }).threshold = 0.5;
    const bridge = clustering.assign(article('s3', `${TEXT} roads rail ports airports`));
    expect(clustering.merges).toBe(1);
    const writes = clustering.takeWrites();
    expect(writes.moved).toHaveLength(1);
    expect(writes.merges).toHaveLength(1);
    const stored = await stories.storeArticles([bridge], writes);

    const [survivor, absorbed] =
      bridge.storyId === 'story-s1' ? ['story-s1', 'story-s2'] : ['story-s2', 'story-s1'];
    expect(await stories.story(absorbed)).toBeNull();
    expect(stored.storyIds).toEqual([survivor]);
    const story = await stories.story(survivor);
    expect(story?.articles.map((a) => a.id).sort()).toEqual(['s1', 's2', 's3']);
    // The survivor's stored views were refreshed in the same write: they count all three.
    expect((await stories.previews([survivor]))[0]?.articleCount).toBe(3);
    expect(await store.store.stories.ids(10)).toEqual([survivor]);
    // Every assignment follows the merge.
    const { pairs } = await storedAssignments(store, ['s1', 's2', 's3']);
    expect(pairs).toEqual([
      ['s1', survivor],
      ['s2', survivor],
      ['s3', survivor],
    ]);
  });

  it('stores the merges of the batch merge pass (takeWrites) like those made while placing', async () => {
    const store = await openStore();
    const { stories } = store;
    // Words-cosine weights by hand: no article joins online (a probability never reaches 2), the pass merges.
    const weights = new Array(FEATURE_COUNT).fill(0);
    weights[0] = -3;
    weights[1] = 15;
    const model = { rank: weights, weights, threshold: 2 };
    const clustering = new ImportClustering({
      model: { dated: model, undated: model },
      consolidation: {
        ...MERGE_PASS,
        threshold: 0.5,
        minSize: 1,
      },
    });
    const first = [clustering.assign(article('c1', `${TEXT} roads rail`))];
    await stories.storeArticles(first, clustering.takeWrites());
    const second = [clustering.assign(article('c2', `${TEXT} roads rail bridges`))];
    expect(second[0]?.storyId).toBe('story-c2');
    const writes = clustering.takeWrites();
    expect(writes.merges).toEqual([['story-c2', 'story-c1']]);
    expect(writes.moved.map((a) => [a.id, a.storyId])).toEqual([['c2', 'story-c1']]);
    expect(writes.assignments.map((a) => a.storyId)).toEqual(['story-c1']);
    await stories.storeArticles(second, writes);
    expect(await stories.story('story-c2')).toBeNull();
    expect((await stories.story('story-c1'))?.articles.map((a) => a.id).sort()).toEqual([
      'c1',
      'c2',
    ]);
    const { pairs } = await storedAssignments(store, ['c1', 'c2']);
    expect(pairs).toEqual([
      ['c1', 'story-c1'],
      ['c2', 'story-c1'],
    ]);
  });
});
