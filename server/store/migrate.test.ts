import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../testing/test-databases';
import { migrate, NewerDatabaseError } from './migrate';
import { MIGRATIONS } from './migrations';
import { type OpenDatabase, openDatabase } from './open-database';

describeEachBackend('migrate', (_kind, createDatabase) => {
  let testDatabase: TestDatabase | undefined;
  let database: OpenDatabase | undefined;

  async function freshDatabase(): Promise<OpenDatabase> {
    testDatabase = await createDatabase();
    database = await openDatabase(testDatabase.config);
    return database;
  }

  afterEach(async () => {
    await database?.db.destroy();
    await testDatabase?.drop();
    database = testDatabase = undefined;
  });

  it('creates the schema once and is idempotent', async () => {
    const { db } = await freshDatabase();
    expect((await migrate(db)).applied).toEqual(Object.keys(MIGRATIONS));
    expect((await migrate(db)).applied).toEqual([]);
    const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual([
      'articles',
      'feed_health',
      'ratings',
      'source_domains',
      'sources',
      'stories',
      'story_assignments',
      'writer_epoch',
    ]);
  });

  it('refuses a database written by a newer Parallax, before touching it', async () => {
    const { db } = await freshDatabase();
    await migrate(db);
    await sql`insert into kysely_migration (name, timestamp) values ('0042-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(
      db,
    );
    const refusal = migrate(db);
    await expect(refusal).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(refusal).rejects.toThrow(
      'This database was written by a newer Parallax (migration 0042-from-the-future); ' +
        'upgrade Parallax or point PARALLAX_DB at another file.',
    );
  });
});
