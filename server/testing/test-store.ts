import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadCatalog } from '../catalog/load-catalog';
import { importJsonl } from '../import/import-jsonl';
import { createRepository } from '../store/kysely-repository';
import { migrate } from '../store/migrate';
import { type OpenDatabase, openDatabase } from '../store/open-database';
import type { Repository } from '../store/repository';
import type { TestDatabase } from './test-databases';

export const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/server');

export interface TestStore {
  database: OpenDatabase;
  repository: Repository;
  close(): Promise<void>;
}

/** A migrated store with the bundled catalog, and optionally a fixture file imported. */
export async function openTestStore(
  testDatabase: TestDatabase,
  fixture?: string,
): Promise<TestStore> {
  const database = await openDatabase(testDatabase.config);
  await migrate(database.db);
  const repository = await createRepository(database);
  await loadCatalog(repository);
  if (fixture) await importJsonl(repository, path.join(FIXTURES, fixture));
  return {
    database,
    repository,
    close: async () => {
      await repository.close();
      await testDatabase.drop();
    },
  };
}

/** The API as the route tests use it: in process, quiet, with a rate limit no test reaches. */
export function buildTestApp(store: TestStore): Promise<FastifyInstance> {
  return buildApp({
    repository: store.repository,
    config: { logLevel: 'silent', rateLimitPerMinute: 1000 },
    logger: false,
  });
}
