import { describe, expect, it } from 'vitest';
import { importJsonl } from '../import/import-jsonl';
import type { ArticleInput } from '../store/records';
import { jsonlFiles } from '../testing/jsonl-files';
import { storedAssignments } from '../testing/stored-assignments';
import { describeEachBackend } from '../testing/test-databases';
import type { TestStore } from '../testing/test-store';
import { testStores } from '../testing/test-stores';
import { OnlineClusterer } from './clusterer';
import { ImportClustering } from './import-clustering';
import { seedFromStore } from './seed';

const day = '2021-10-18T12:00:00.000Z';
const court = {
  id: 'k1',
  title: 'Supreme Court sides with police officers in qualified immunity cases',
  text: 'The Supreme Court ruled that police officers were entitled to qualified immunity in two excessive force cases.',
};
const pipeline = {
  id: 'k2',
  title: 'Colonial Pipeline restarts operations after ransomware attack',
  text: 'Colonial Pipeline restarted fuel deliveries after a ransomware attack shut the largest fuel pipeline in the country.',
};
const courtAgain = {
  id: 'k3',
  title: 'Justices side with officers accused of excessive force',
  text: 'In two unsigned opinions the Supreme Court granted qualified immunity to police officers accused of excessive force.',
};

function stored(
  article: { id: string; title: string; text: string },
  storyId: string,
): ArticleInput & { storyId: string } {
  return { ...article, url: null, outlet: null, sourceId: null, publishedAt: day, storyId };
}

function fresh(article: { id: string; title: string; text: string }): ArticleInput {
  return { ...article, url: null, outlet: null, sourceId: null, publishedAt: day, storyId: null };
}

describe('seeding the clusterer', () => {
  it('lets a new article join a story stored by an earlier run instead of starting one', () => {
    const time = Date.parse(day);
    const unseeded = new OnlineClusterer();
    expect(unseeded.add({ ...courtAgain, publishedAt: time })).toMatchObject({
      storyId: 'story-k3',
      created: true,
    });

    const clusterer = new OnlineClusterer();
    clusterer.seed({ ...court, publishedAt: time }, 'stored-court');
    clusterer.seed({ ...pipeline, publishedAt: time }, 'stored-pipeline');
    expect(clusterer.storyCount).toBe(2);
    const assignment = clusterer.add({ ...courtAgain, publishedAt: time + 1000 });
    expect(assignment).toMatchObject({ storyId: 'stored-court', created: false, merged: [] });
    expect(assignment.similarity).toBeGreaterThan(0.14);
  });

  it('adds seeded articles to their stories without re-assigning or re-writing them', async () => {
    const clustering = new ImportClustering();
    clustering.seed([stored(court, 'stored-court'), stored(pipeline, 'stored-pipeline')]);
    expect(clustering.seededCount).toBe(2);
    expect(clustering.clustered).toBe(0);
    // Nothing to write: no assignment is pending for the seeded articles.
    expect(clustering.takeWrites()).toEqual({ moved: [], merges: [], assignments: [] });

    const placed = clustering.assign(fresh(courtAgain));
    expect(placed.storyId).toBe('stored-court');
    expect(clustering.clustered).toBe(1);
    // A seeded article read again (the same file imported twice) keeps its story, unclustered.
    expect(clustering.assign(fresh(court)).storyId).toBe('stored-court');
    expect(clustering.clustered).toBe(1);
    expect(clustering.takeWrites().moved).toEqual([]);
  });

  it('is deterministic for the same seed and stream', () => {
    const run = () => {
      const clustering = new ImportClustering();
      clustering.seed([stored(court, 's1'), stored(pipeline, 's2')]);
      return [courtAgain, { ...pipeline, id: 'k4' }].map(
        (a) => clustering.assign(fresh(a)).storyId,
      );
    };
    expect(run()).toEqual(run());
    expect(run()).toEqual(['s1', 's2']);
  });
});

describeEachBackend('clustering across separate runs', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);
  const writeLines = jsonlFiles();

  /** One `parallax import` run: its own clusterer, seeded from the store first. */
  async function importRun(store: TestStore, file: string, seed = true) {
    const clustering = new ImportClustering();
    const summary = await importJsonl(store, file, {
      clustering,
      beforeClustering: seed
        ? () => seedFromStore(clustering, store.store.clusterWindow)
        : undefined,
    });
    return { clustering, summary };
  }

  it('a second run places an article on the same event in the story the first run formed', async () => {
    const store = await openStore();
    const first = writeLines('first.jsonl', [
      { ...court, published: day },
      { ...pipeline, published: day },
    ]);
    await importRun(store, first);
    const before = await storedAssignments(store, ['k1', 'k2', 'k3']);
    expect(before.pairs).toEqual([
      ['k1', 'story-k1'],
      ['k2', 'story-k2'],
    ]);

    const second = writeLines('second.jsonl', [
      { ...courtAgain, published: '2021-10-19T08:00:00Z' },
    ]);
    const { clustering, summary } = await importRun(store, second);
    expect(clustering.seededCount).toBe(2);
    expect(summary).toMatchObject({ imported: 1, withoutStory: 1 });
    const story = await store.stories.story('story-k1');
    expect(story?.articles.map((a) => a.id).sort()).toEqual(['k1', 'k3']);
    expect(await store.stories.story('story-k3')).toBeNull();

    const after = await storedAssignments(store, ['k1', 'k2', 'k3']);
    expect(after.pairs).toEqual([
      ['k1', 'story-k1'],
      ['k2', 'story-k2'],
      ['k3', 'story-k1'],
    ]);
    // The seeded articles' rows were not re-written.
    expect(after.rows.slice(0, 2)).toEqual(before.rows);
  });

  it('without seeding (the former behaviour) the second run starts a new story', async () => {
    const store = await openStore();
    await importRun(store, writeLines('first.jsonl', [{ ...court, published: day }]));
    await importRun(store, writeLines('second.jsonl', [{ ...courtAgain, published: day }]), false);
    const story = await store.stories.story('story-k3');
    expect(story?.articles.map((a) => a.id)).toEqual(['k3']);
  });

  it('reads the stored articles of the window, oldest first, with their text and story', async () => {
    const store = await openStore();
    const window = store.store.clusterWindow;
    await importRun(
      store,
      writeLines('first.jsonl', [
        { ...pipeline, published: '2021-10-10T09:00:00Z' },
        { ...courtAgain, published: '2021-10-18T15:00:00Z' },
        { ...court, published: '2021-10-18T10:00:00Z' },
        { id: 'u1', title: 'An undated article', story: 'given' },
      ]),
      false,
    );
    // Stored without a story, as an import without clustering stores it: not in any window.
    await store.stories.storeArticles([
      { ...fresh({ id: 'n1', title: 'Dated but without a story', text: '' }), text: null },
    ]);
    const rows = await window.since({
      publishedSince: '2021-10-15T00:00:00.000Z',
      createdSince: '2000-01-01T00:00:00.000Z',
      limit: 10,
    });
    // k3 came first in the file, so its story is story-k3; k1 joined it.
    expect(rows.map((row) => [row.id, row.storyId])).toEqual([
      ['k1', 'story-k3'],
      ['k3', 'story-k3'],
      ['u1', 'given'],
    ]);
    expect(rows[0]).toMatchObject({ text: court.text, publishedAt: '2021-10-18T10:00:00.000Z' });
    const newest = await window.since({
      publishedSince: '2021-10-15T00:00:00.000Z',
      createdSince: '2999-01-01T00:00:00.000Z',
      limit: 1,
    });
    expect(newest.map((row) => row.id)).toEqual(['k3']);

    // seedFromStore's window: within clusterer days + 1 of the newest stored date (k2 is 8 days older).
    const clustering = new ImportClustering();
    const seeded = await seedFromStore(clustering, window);
    expect(seeded).toMatchObject({ articles: 3, stories: 2 });
  });
});
