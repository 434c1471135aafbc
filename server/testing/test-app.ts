import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { TestDatabase } from './test-databases';
import { buildTestApp, openTestStore, type TestStore } from './test-store';

/** What route tests use of the app: requests sent in process. */
export interface TestApp {
  readonly inject: FastifyInstance['inject'];
}

/**
 * The API in process over one fresh store, for the tests of a describeEachBackend block: the
 * store opened (`fixture` imported, then `fill` run) and the app built before the tests, both
 * closed after them. Call it in the block's body; send requests inside tests.
 */
export function testApp(
  createDatabase: () => Promise<TestDatabase>,
  setup: { fixture?: string; fill?: (store: TestStore) => Promise<unknown> } = {},
): TestApp {
  let store: TestStore | undefined;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    store = await openTestStore(await createDatabase(), setup.fixture);
    await setup.fill?.(store);
    app = await buildTestApp(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  return {
    get inject() {
      if (!app)
        throw new Error('The test app is built before the tests: send requests inside them.');
      return app.inject.bind(app);
    },
  };
}
