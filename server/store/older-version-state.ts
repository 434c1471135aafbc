import { sql } from 'kysely';
import type { DatabaseConfig } from '../config';
import { openDatabase } from './open-database';

/**
 * Puts a database back in the state an older version left, for the tests of the migrations that
 * repair it: here because only the store writes SQL. Nothing in the product calls it.
 */
export async function leaveSelfDuplicatesAsBefore0010(
  config: DatabaseConfig,
  selfMarkedIds: readonly string[],
  staleStoryId: string,
): Promise<void> {
  const { db } = await openDatabase(config);
  try {
    await db
      .updateTable('articles')
      .set({ duplicate_of: sql`id` })
      .where('id', 'in', selfMarkedIds)
      .execute();
    // A view that still counts the self-marks as syndicated copies.
    await db
      .updateTable('stories')
      .set({ story_json: JSON.stringify({ marker: 'stale view' }) })
      .where('id', '=', staleStoryId)
      .execute();
    await sql`delete from kysely_migration where name = '0010-self-duplicates'`.execute(db);
  } finally {
    await db.destroy();
  }
}
