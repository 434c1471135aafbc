import { DEFAULT_MIGRATION_TABLE, type Kysely, Migrator } from 'kysely';
import { UserFacingError } from '../errors';
import { MIGRATIONS, migrationProvider } from './migrations';

export class NewerDatabaseError extends UserFacingError {
  override readonly name = 'NewerDatabaseError';
}

export interface MigrateResult {
  /** Migrations run by this call; empty when the database was already up to date. */
  applied: string[];
}

/**
 * Brings the schema up to date. Idempotent: a second run applies nothing. A database that has
 * run migrations this code does not know was written by a newer Parallax; it is refused before
 * anything is touched, because this code would misread its tables.
 */
export async function migrate<T>(database: Kysely<T>): Promise<MigrateResult> {
  // Migrations see the schema as it was when they were written, not today's table types.
  const db = database as unknown as Kysely<unknown>;
  await refuseNewerDatabase(db);
  // Numbers are reserved per piece of work, so 0004 may land after 0005 was applied somewhere.
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    allowUnorderedMigrations: true,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error;
  return {
    applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}

async function refuseNewerDatabase(db: Kysely<unknown>): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === DEFAULT_MIGRATION_TABLE)) return;
  const executed = await (db as Kysely<{ kysely_migration: { name: string } }>)
    .selectFrom('kysely_migration')
    .select('name')
    .execute();
  const unknown = executed.map((row) => row.name).filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) {
    throw new NewerDatabaseError(
      `This database was written by a newer Parallax (migration ${unknown.sort().at(-1)}); ` +
        'upgrade Parallax or point PARALLAX_DB at another file.',
    );
  }
}
