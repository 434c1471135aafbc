import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { type Backend, openBackend } from '../cli/open-backend';
import { importJsonl } from '../import/import-jsonl';
import type { TestDatabase } from './test-databases';

export const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/server');

/** The backend as a process composes it (one Store, the story service), on a test database. */
export type TestStore = Backend;

/**
 * A migrated store with the bundled catalog, opened as `parallax serve` opens it
 * (cli/open-backend.ts), and optionally a fixture file imported.
 */
export async function openTestStore(
  testDatabase: TestDatabase,
  fixture?: string,
): Promise<TestStore> {
  const backend = await openBackend({ database: testDatabase.config });
  if (fixture) await importJsonl(backend, path.join(FIXTURES, fixture));
  return {
    ...backend,
    close: async () => {
      await backend.close();
      await testDatabase.drop();
    },
  };
}

/** The API as the route tests use it: in process, quiet, with a rate limit no test reaches. */
export function buildTestApp(store: TestStore): Promise<FastifyInstance> {
  return buildApp({
    store: store.store,
    stories: store.stories,
    config: { logLevel: 'silent', rateLimitPerMinute: 1000 },
    logger: false,
  });
}
