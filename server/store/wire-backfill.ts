import { type RawBuilder, sql } from 'kysely';
import type { Db } from './schema';
import { ARTICLE_COLUMNS, articleFromRow } from './story-rows';

/** A stored article as the wire backfill reads it (server/wire/backfill-wires.ts). */
export interface WireBackfillRow {
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  sourceId: string | null;
  publishedAt: string | null;
  storyId: string | null;
  text: string | null;
  /** As stored: may be a wire id this version does not know; the caller parses it. */
  wire: string | null;
  duplicateOf: string | null;
  /** Publication time, else storage time: the order articles are read in (and the cursor). */
  key: string;
}

/** Where the previous page ended: the next page starts strictly after it. */
export interface WireBackfillCursor {
  key: string;
  id: string;
}

/** The publication order: when it was published, else when it was stored (never NULL). */
const ORDER_KEY: RawBuilder<string> = sql<string>`coalesce(published_at, created_at)`;

/**
 * One page of stored articles in publication order (then id), at most `limit`, with `from` ≤ key
 * < `before` when given, after `cursor`. Keyset paging: every page is one bounded query, so a
 * backfill never holds more than a page, and rows written meanwhile do not shift the pages. The
 * order of equal keys is the database's own (ids compared in its collation), the same on every
 * page of one database.
 */
export async function readWireBackfillPage(
  db: Db,
  options: {
    limit: number;
    from?: string | null;
    before?: string | null;
    cursor?: WireBackfillCursor | null;
  },
): Promise<WireBackfillRow[]> {
  const { limit, from = null, before = null, cursor = null } = options;
  let query = db
    .selectFrom('articles')
    .select([...ARTICLE_COLUMNS, 'text', 'wire', 'duplicate_of', ORDER_KEY.as('order_key')]);
  if (from !== null) query = query.where(ORDER_KEY, '>=', from);
  if (before !== null) query = query.where(ORDER_KEY, '<', before);
  if (cursor !== null) {
    query = query.where((eb) =>
      eb.or([
        eb(ORDER_KEY, '>', cursor.key),
        eb.and([eb(ORDER_KEY, '=', cursor.key), eb('id', '>', cursor.id)]),
      ]),
    );
  }
  const rows = await query.orderBy(ORDER_KEY).orderBy('id').limit(limit).execute();
  return rows.map((row) => ({
    ...articleFromRow(row),
    text: row.text,
    wire: row.wire,
    duplicateOf: row.duplicate_of,
    key: row.order_key,
  }));
}

/** What the backfill found for one article; a null field is left as stored. */
export interface WireAttributionUpdate {
  id: string;
  wire: string | null;
  duplicateOf: string | null;
}

/**
 * Fills `wire` / `duplicate_of` where they are still NULL, in one transaction: a stored
 * attribution is never replaced or erased, even one written by an ingest running meanwhile.
 */
export async function fillWireAttributions(
  db: Db,
  updates: readonly WireAttributionUpdate[],
): Promise<void> {
  if (updates.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const update of updates) {
      await trx
        .updateTable('articles')
        .set({
          wire: sql<string | null>`coalesce(wire, ${update.wire})`,
          duplicate_of: sql<string | null>`coalesce(duplicate_of, ${update.duplicateOf})`,
        })
        .where('id', '=', update.id)
        .execute();
    }
  });
}
