import { loadCatalog } from '../catalog/load-catalog';
import type { Config } from '../config';
import { createRepository } from '../store/kysely-repository';
import { migrate } from '../store/migrate';
import { openDatabase } from '../store/open-database';
import type { Repository } from '../store/repository';

/**
 * What every command that serves or writes needs first: the database open, its schema up to
 * date and the bundled catalog loaded, so a fresh file works at once.
 */
export async function openStore(config: Config): Promise<Repository> {
  const database = await openDatabase(config.database);
  try {
    await migrate(database.db);
    const repository = await createRepository(database);
    await loadCatalog(repository);
    return repository;
  } catch (error) {
    await database.db.destroy().catch(() => {});
    throw error;
  }
}
