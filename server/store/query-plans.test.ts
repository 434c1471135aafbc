import { afterEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../testing/test-databases';
import { openStore } from './open-store';
import { explainHashRangeRead } from './query-plans';

describeEachBackend('the private lookup bucket read', (kind, createDatabase) => {
  let testDatabase: TestDatabase | undefined;

  afterEach(async () => {
    await testDatabase?.drop();
    testDatabase = undefined;
  });

  it('is answered from the url_hash index, on SQLite without reading a table row', async () => {
    testDatabase = await createDatabase();
    // Opening the store migrates it: the plan is that of the schema a server runs on.
    const store = await openStore(testDatabase.config);
    await store.close();
    const plan = await explainHashRangeRead(testDatabase.config, {
      from: '8000',
      to: '8001',
      limit: 33,
    });
    const text = plan.join('\n');
    if (kind === 'sqlite') {
      // COVERING: every selected column is in the index (migration 0013); no sort step.
      expect(text).toMatch(
        /USING COVERING INDEX articles_url_hash_covering_idx \(url_hash>\? AND url_hash<\?\)/,
      );
      expect(text).not.toMatch(/TEMP B-TREE/);
    } else {
      expect(text).toMatch(/Index Scan using articles_url_hash_idx/);
      expect(text).not.toMatch(/Sort/);
    }
  });

  it('stays on the index for the last bucket, which has no upper bound', async () => {
    testDatabase = await createDatabase();
    const store = await openStore(testDatabase.config);
    await store.close();
    const plan = (
      await explainHashRangeRead(testDatabase.config, { from: 'f000', to: null, limit: 33 })
    ).join('\n');
    expect(plan).toMatch(
      kind === 'sqlite' ? /USING COVERING INDEX articles_url_hash_covering_idx/ : /Index Scan/,
    );
  });
});
