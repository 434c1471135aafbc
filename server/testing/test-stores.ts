import { afterAll, afterEach } from 'vitest';
import type { TestDatabase } from './test-databases';
import { openTestStore, type TestStore } from './test-store';

/**
 * Opens test stores for one describeEachBackend block and closes every one it opened (dropping
 * its database): after each test, or with `'block'` once the whole block is done, for tests that
 * build on what the earlier ones stored. Call it in the block's body, where Vitest takes hooks.
 */
export function testStores(
  createDatabase: () => Promise<TestDatabase>,
  closeAfter: 'each test' | 'block' = 'each test',
): (fixture?: string) => Promise<TestStore> {
  const opened: TestStore[] = [];
  const closeAll = async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  };
  if (closeAfter === 'block') afterAll(closeAll);
  else afterEach(closeAll);
  return async (fixture) => {
    const store = await openTestStore(await createDatabase(), fixture);
    opened.push(store);
    return store;
  };
}
