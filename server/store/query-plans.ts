import { CompiledQuery, sql } from 'kysely';
import type { DatabaseConfig } from '../config';
import { hashRangeQuery } from './articles-part';
import { openDatabase } from './open-database';

/**
 * How the database answers the private lookup's bucket read (articles-part.ts hashRangeQuery),
 * as the engine's own plan text, one line a step: here in the store, the only place that holds
 * database handles, so that tests can check that the read stays on its index.
 *
 * PostgreSQL plans a sequential scan for a table small enough to fit a page or two, whatever
 * its indexes: the plan is asked with sequential scans priced out (for this one transaction),
 * which answers the question asked, "can this read use an index, and which".
 */
export async function explainHashRangeRead(
  config: DatabaseConfig,
  range: { from: string; to: string | null; limit: number },
): Promise<string[]> {
  const { db } = await openDatabase(config);
  try {
    const { sql: text, parameters } = hashRangeQuery(
      db,
      range.from,
      range.to,
      range.limit,
    ).compile();
    if (config.kind === 'sqlite') {
      const plan = await db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${text}`, [...parameters]),
      );
      return plan.rows.map((row) => row.detail);
    }
    return await db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain ${text}`, [...parameters]),
      );
      return plan.rows.map((row) => row['QUERY PLAN']);
    });
  } finally {
    await db.destroy();
  }
}
