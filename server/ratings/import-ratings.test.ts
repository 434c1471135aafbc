import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../testing/test-databases';
import { FIXTURES } from '../testing/test-store';
import { testStores } from '../testing/test-stores';
import { importRatings } from './import-ratings';
import { REJECT } from './rated-row';
import { formatRatingsSummary } from './ratings-summary';

const FILE = path.join(FIXTURES, 'ratings-generic.csv');

describeEachBackend('importRatings (generic CSV)', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);

  it('attaches, creates, rejects by line with the reason, and recomputes positions', async () => {
    const store = await openStore();
    const summary = await importRatings(store.store, FILE, 'csv');
    expect(summary).toMatchObject({
      rowsRead: 8,
      rowsUsed: 3,
      rowsOnCatalogSources: 2,
      sourcesCreated: 1,
      sourcesUpdated: 2,
    });
    expect(Object.fromEntries(summary.rejected)).toEqual({
      [REJECT.duplicate]: [5],
      [REJECT.missingColumn('domain')]: [6],
      [REJECT.social]: [7],
      [REJECT.badValue('position')]: [8],
      [REJECT.badValue('rated_on')]: [9],
    });
    expect(formatRatingsSummary(summary)).toContain('line 9');

    // AllSides says Center, the operator's rater Lean Left: two raters, the one nearer Center.
    const reuters = await store.store.sources.get('reuters');
    expect(reuters?.position).toBe(0);
    expect(reuters?.ratings.at(-1)).toMatchObject({
      rater: 'Example Ratings',
      label: 'Lean Left',
      position: -1,
      reliability: 'High',
      score: 0.9,
      url: 'https://ratings.example/reuters',
      provenance: { file: 'ratings-generic.csv', line: 2, format: 'csv' },
    });
    const local = await store.store.sources.get('site-example-local-news-com');
    expect(local).toMatchObject({ name: 'Example Local News', uncurated: true, position: 3 });
    expect(store.store.sources.match('https://www.example-local-news.com/x')?.id).toBe(local?.id);
  });

  it('keeps imported ratings when the catalog is loaded again, and re-imports change nothing', async () => {
    const store = await openStore();
    await importRatings(store.store, FILE, 'csv');
    const { loadCatalog } = await import('../catalog/load-catalog');
    await loadCatalog(store.store);
    const fox = await store.store.sources.get('fox-news');
    expect(fox?.ratings.map((r) => r.rater)).toEqual(['AllSides', 'Example Ratings']);
    expect(fox?.ratersDisagree).toBe(true); // Right (2) and Center (0)
    const again = await importRatings(store.store, FILE, 'csv');
    expect(again).toMatchObject({ sourcesCreated: 0, sourcesUpdated: 0, sourcesUnchanged: 3 });
  });

  it('says what to do when the file is missing', async () => {
    const store = await openStore();
    await expect(importRatings(store.store, '/nonexistent.csv', 'csv')).rejects.toThrow(
      'Cannot read /nonexistent.csv: no such file',
    );
  });
});
