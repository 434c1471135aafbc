import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The fencing token of the elected writer (server/store/writer-epoch.ts): one row whose epoch
 * each newly elected writer increments, and which every write of articles checks, so that a
 * writer that lost the election without knowing it yet cannot commit after its successor began.
 */
export const writerEpoch: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('writer_epoch')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('epoch', 'integer', (col) => col.notNull())
      .execute();
    await sql`insert into writer_epoch (id, epoch) values (1, 0)`.execute(db);
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('writer_epoch').execute();
  },
};
