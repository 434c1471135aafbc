import { afterEach, expect, it } from 'vitest';
import { type Backend, openBackend } from '../cli/open-backend';
import { leaveSelfDuplicatesAsBefore0010 } from '../store/older-version-state';
import { describeEachBackend, type TestDatabase } from '../testing/test-databases';

// Migration 0010: rows an older version stored with `duplicate_of = id` (issue 15 item 2: a
// re-import marked articles as near-copies of themselves) are repaired when the store opens.
describeEachBackend('migration 0010 (self-duplicates)', (_kind, createDatabase) => {
  let testDatabase: TestDatabase | undefined;
  let backend: Backend | undefined;

  afterEach(async () => {
    await backend?.close();
    await testDatabase?.drop();
    backend = testDatabase = undefined;
  });

  // Opens the backend twice (catalog load each time): slow on a busy machine's PostgreSQL.
  it('clears duplicate_of = id and rebuilds the views that counted those rows as syndicated', {
    timeout: 60_000,
  }, async () => {
    testDatabase = await createDatabase();
    backend = await openBackend({ database: testDatabase.config });
    const article = (id: string, sourceId: string, outlet: string) => ({
      id,
      url: `https://www.${sourceId}.example/${id}`,
      title: 'Council approves the harbour budget',
      outlet,
      sourceId: null,
      publishedAt: '2026-11-20T10:00:00Z',
      storyId: 'harbour',
      text: 'The council approved the harbour budget on Tuesday.',
    });
    await backend.stories.storeArticles([
      article('a1', 'one', 'One'),
      article('a2', 'two', 'Two'),
      { ...article('a3', 'three', 'Three'), storyId: 'other' },
    ]);
    await backend.close();
    backend = undefined;

    // What an older version left behind: two self-marks, a view that counts them, and the
    // migration not yet run.
    await leaveSelfDuplicatesAsBefore0010(testDatabase.config, ['a1', 'a3'], 'harbour');

    backend = await openBackend({ database: testDatabase.config });
    expect(backend.store.appliedMigrations).toEqual(['0010-self-duplicates']);
    const rows = await backend.store.articles.list(10);
    expect(rows.map((row) => [row.id, row.duplicateOf]).sort()).toEqual([
      ['a1', null],
      ['a2', null],
      ['a3', null],
    ]);
    const story = await backend.stories.story('harbour');
    expect(story?.articles.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(story?.syndicatedArticles ?? 0).toBe(0);
  });
});
