import { expect, it } from 'vitest';
import { jsonlFiles } from '../testing/jsonl-files';
import { describeEachBackend } from '../testing/test-databases';
import { testStores } from '../testing/test-stores';
import { seedWireDetector } from '../wire/seed-wires';
import { WireDetector } from '../wire/wire-detector';
import { importJsonl } from './import-jsonl';
import { formatImportSummary } from './import-summary';

// Invented texts: one agency report, an outlet's uncredited copy of it, a bylined wire item.
const LEDE =
  'Regional lenders fell sharply on Thursday after a mid-sized bank in California disclosed a ' +
  'loss on its bond portfolio and said it would raise new capital, reviving fears about ' +
  'deposits that had eased since the spring.';
const FIRST = [
  { id: 'r1', story: 'banks', source: 'Reuters', title: 'Bank shares slide', text: LEDE },
];
const SECOND = [
  { id: 'c1', story: 'banks', source: 'CNN', title: 'Regional banks tumble', text: LEDE },
  {
    id: 'c2',
    story: 'other',
    source: 'CNN',
    byline: 'By Jane Doe, AFP',
    title: 'Election results delayed',
    text: 'Officials said counting would go on through the weekend.',
  },
  {
    id: 'c3',
    story: 'banks',
    source: 'Fox News',
    title: 'Banks fall',
    text: 'The Associated Press reported that shares of several regional banks fell on Thursday.',
  },
];

describeEachBackend('import with wire detection', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);
  const jsonl = jsonlFiles();

  it('attributes articles across imports: markers, bylines and copies of stored articles', async () => {
    const store = await openStore();
    await importJsonl(store, jsonl('first.jsonl', FIRST), { wires: new WireDetector() });
    // The second import is a new run: its detector knows the first only through the store.
    const wires = new WireDetector();
    expect((await seedWireDetector(wires, store.store.wireWindow)).articles).toBe(1);
    const summary = await importJsonl(store, jsonl('second.jsonl', SECOND), { wires });
    summary.wires = { attributed: wires.attributed, duplicates: wires.duplicates };
    expect(formatImportSummary(summary)).toContain(
      'wire copy:         2 attributed to a wire, 1 near-copies of an earlier article',
    );
    const rows = (await store.store.articles.list(100)).map(({ id, wire, duplicateOf }) => ({
      id,
      wire,
      duplicateOf,
    }));
    expect(rows).toEqual([
      { id: 'c1', wire: 'reuters', duplicateOf: 'r1' },
      { id: 'c2', wire: 'afp', duplicateOf: null },
      { id: 'c3', wire: null, duplicateOf: null },
      { id: 'r1', wire: 'reuters', duplicateOf: null },
    ]);
  });

  it('a file imported twice marks no article a duplicate of itself', async () => {
    const store = await openStore();
    const text =
      'The city council approved a new budget on Tuesday that raises spending on parks and ' +
      'libraries while trimming road repairs, after a four-hour meeting in which residents ' +
      'argued over the future of the old harbour warehouses.';
    const file = jsonl('copies.jsonl', [
      { id: 'p1', story: 'budget', source: 'CNN', title: 'Council passes budget', text },
      { id: 'p2', story: 'budget', source: 'Fox News', title: 'Budget passes', text },
    ]);
    const counts: number[] = [];
    for (let run = 0; run < 2; run += 1) {
      // Each run as `parallax import --wires` does it: a new detector seeded from the store.
      const wires = new WireDetector();
      await seedWireDetector(wires, store.store.wireWindow);
      await importJsonl(store, file, { wires });
      counts.push(wires.duplicates);
    }
    const rows = await store.store.articles.list(100);
    expect(rows.map(({ id, duplicateOf }) => ({ id, duplicateOf }))).toEqual([
      { id: 'p1', duplicateOf: null },
      { id: 'p2', duplicateOf: 'p1' },
    ]);
    expect(counts).toEqual([1, 1]);
    const story = await store.stories.story('budget');
    expect(story?.syndicatedArticles ?? 0).toBeLessThanOrEqual(1);
  });

  it('stores articles unattributed without a detector', async () => {
    const store = await openStore();
    await importJsonl(store, jsonl('second.jsonl', SECOND));
    const rows = await store.store.articles.list(100);
    expect(rows.every((row) => row.wire === null)).toBe(true);
  });
});
