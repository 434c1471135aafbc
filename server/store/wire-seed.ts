import { sql } from 'kysely';
import { Wire } from '../../core/wire';
import type { SeedArticle } from '../wire/wire-detector';
import type { Db } from './schema';

/**
 * The newest `limit` stored articles that have text (by publication time, else storage time),
 * with their wire attribution, oldest first: what the wire detector's window is seeded with
 * (server/wire/seed-wires.ts). Ties by id, compared in JavaScript so both dialects agree.
 */
export async function readRecentArticlesForWires(db: Db, limit: number): Promise<SeedArticle[]> {
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
    .orderBy(sql`coalesce(published_at, created_at)`, 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const key = (row: (typeof rows)[number]) => row.published_at ?? row.created_at;
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return rows.map((row) => {
    const wire = Wire.safeParse(row.wire);
    return {
      id: row.id,
      url: row.url,
      outlet: row.outlet,
      sourceId: row.source_id,
      publishedAt: row.published_at,
      text: row.text,
      wire: wire.success ? wire.data : null,
      duplicateOf: row.duplicate_of,
    };
  });
}
