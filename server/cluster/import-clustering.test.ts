import { expect, it } from 'vitest';
import { importJsonl } from '../import/import-jsonl';
import { jsonlFiles } from '../testing/jsonl-files';
import { storedAssignments } from '../testing/stored-assignments';
import { describeEachBackend } from '../testing/test-databases';
import { testStores } from '../testing/test-stores';
import { ImportClustering } from './import-clustering';

const lines = [
  {
    id: 'k1',
    title: 'Supreme Court sides with police officers in qualified immunity cases',
    text: 'The Supreme Court ruled that police officers were entitled to qualified immunity in two excessive force cases.',
    published: '2021-10-18',
  },
  {
    id: 'k2',
    title: 'Colonial Pipeline restarts operations after ransomware attack',
    text: 'Colonial Pipeline restarted fuel deliveries after a ransomware attack shut the largest fuel pipeline in the country.',
    published: '2021-10-18',
  },
  {
    id: 'k3',
    title: 'Justices side with officers accused of excessive force',
    text: 'In two unsigned opinions the Supreme Court granted qualified immunity to police officers accused of excessive force.',
    published: '2021-10-18',
  },
  {
    id: 'k4',
    story: 'given',
    title: 'An article that brings its own story',
    published: '2021-10-18',
  },
];

describeEachBackend('import with clustering', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);
  const writeLines = jsonlFiles();

  it('places articles without a story, keeps given stories, and stores why', async () => {
    const store = await openStore();
    const file = writeLines('articles.jsonl', lines);
    const clustering = new ImportClustering();
    const summary = await importJsonl(store, file, { clustering, batchSize: 2 });
    expect(summary).toMatchObject({ imported: 4, withoutStory: 3, stories: 3 });
    expect(clustering.clustered).toBe(3);

    const story = await store.stories.story('story-k1');
    expect(story?.articles.map((a) => a.id).sort()).toEqual(['k1', 'k3']);
    expect((await store.stories.story('story-k2'))?.articleCount).toBe(1);
    expect((await store.stories.story('given'))?.articleCount).toBe(1);

    const why = await storedAssignments(store, ['k1', 'k2', 'k3', 'k4']);
    expect(why.pairs).toEqual([
      ['k1', 'story-k1'],
      ['k2', 'story-k2'],
      ['k3', 'story-k1'],
    ]);
    const k3 = why.rows[2];
    expect(k3?.similarity).toBeGreaterThan(0.14);
    expect(k3?.terms).toEqual(expect.arrayContaining(['court']));
  });
});
