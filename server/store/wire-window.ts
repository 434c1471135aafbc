import { type RawBuilder, sql } from 'kysely';
import type { Wire } from '../../core/wire';
import { ARTICLE_COLUMNS, articleFromRow, oldestFirst, wireOf } from './article-rows';
import type { Db } from './schema';

/** A stored article as the wire detector's window is seeded with it (server/wire/seed-wires.ts). */
export interface WireWindowArticle {
  id: string;
  url: string | null;
  outlet: string | null;
  sourceId: string | null;
  publishedAt: string | null;
  text: string | null;
  wire: Wire | null;
  duplicateOf: string | null;
}

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

/** What the backfill found for one article; a null field is left as stored. */
export interface WireAttributionUpdate {
  id: string;
  wire: string | null;
  duplicateOf: string | null;
}

/** `store.wireWindow`: the stored articles the wire detector reads, and its backfill. */
export interface WireWindowPart {
  /**
   * The newest `limit` stored articles that have text (by publication time, else storage
   * time), with their wire attribution, oldest first (ties by id, compared in JavaScript so
   * both dialects agree).
   */
  recent(limit: number): Promise<WireWindowArticle[]>;
  /**
   * One page of stored articles in publication order (then id), at most `limit`, with `from` ≤
   * key < `before` when given, after `cursor`. Keyset paging: every page is one bounded query,
   * so a backfill never holds more than a page, and rows written meanwhile do not shift pages.
   */
  backfillPage(options: {
    limit: number;
    from?: string | null;
    before?: string | null;
    cursor?: WireBackfillCursor | null;
  }): Promise<WireBackfillRow[]>;
  /**
   * Fills `wire` / `duplicate_of` where they are still NULL, all or nothing: a stored
   * attribution is never replaced or erased, even one written by an ingest running meanwhile.
   */
  fillAttributions(updates: readonly WireAttributionUpdate[]): Promise<void>;
}

/** The publication order: when it was published, else when it was stored (never NULL). */
const ORDER_KEY: RawBuilder<string> = sql<string>`coalesce(published_at, created_at)`;

export function wireWindowPart(
  db: Db,
  atomic: <T>(fn: (db: Db) => Promise<T>) => Promise<T>,
): WireWindowPart {
  return {
    async recent(limit) {
      const rows = await db
        .selectFrom('articles')
        .select([
          'id',
          'url',
          'outlet',
          'source_id',
          'published_at',
          'created_at',
          'text',
          'wire',
          'duplicate_of',
        ])
        .where('text', 'is not', null)
        .orderBy(ORDER_KEY, 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return oldestFirst(rows, (row) => row.published_at ?? row.created_at).map((row) => ({
        id: row.id,
        url: row.url,
        outlet: row.outlet,
        sourceId: row.source_id,
        publishedAt: row.published_at,
        text: row.text,
        wire: wireOf(row.wire),
        duplicateOf: row.duplicate_of,
      }));
    },
    async backfillPage({ limit, from = null, before = null, cursor = null }) {
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
      // The order of equal keys is the database's own (ids in its collation), the same on
      // every page of one database.
      const rows = await query.orderBy(ORDER_KEY).orderBy('id').limit(limit).execute();
      return rows.map((row) => ({
        ...articleFromRow(row),
        text: row.text,
        wire: row.wire,
        duplicateOf: row.duplicate_of,
        key: row.order_key,
      }));
    },
    async fillAttributions(updates) {
      if (updates.length === 0) return;
      await atomic(async (trx) => {
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
    },
  };
}
