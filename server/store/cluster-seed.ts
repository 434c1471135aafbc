import { sql } from 'kysely';
import { Wire } from '../../core/wire';
import type { ArticleInput } from './repository';
import type { Db } from './schema';
import { ARTICLE_COLUMNS, articleFromRow } from './story-rows';

/** A stored article in a story, with its text, as the clusterer is seeded with it. */
export interface StoredStoryArticle extends ArticleInput {
  storyId: string;
  /** When it was stored: the time that orders it when it has no publication date. */
  createdAt: string;
}

export interface ClusterSeedQuery {
  /** Dated articles published at or after this instant (ISO 8601). */
  publishedSince: string;
  /** Undated articles stored at or after this instant (ISO 8601). */
  createdSince: string;
  /** At most this many, the newest. */
  limit: number;
}

const DAY = 86_400_000;

/**
 * The newest publication date among the stored articles that are in a story, ignoring dates
 * more than a day ahead of `now` (a feed's wrong date must not hide the real window), or null.
 */
export async function newestStoryArticleTime(db: Db, now: number): Promise<string | null> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.max('published_at').as('newest'))
    .where('story_id', 'is not', null)
    .where('published_at', '<=', new Date(now + DAY).toISOString())
    .executeTakeFirst();
  return row?.newest ?? null;
}

/**
 * Stored articles in a story inside a time window, with their text, for seeding the clusterer
 * (server/cluster/seed.ts). Dated ones by publication time, undated ones by the time they were
 * stored; the newest `limit` are kept. Returned oldest first, ties by id (compared as code
 * units in JavaScript, so both dialects give the same order whatever their collation).
 * Timestamps are ISO 8601 in UTC as written by the importers, so comparing them as text is
 * comparing instants.
 */
export async function readStoryArticlesSince(
  db: Db,
  query: ClusterSeedQuery,
): Promise<StoredStoryArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .select([...ARTICLE_COLUMNS, 'text', 'created_at', 'wire', 'duplicate_of'])
    .where('story_id', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('published_at', '>=', query.publishedSince),
        eb.and([eb('published_at', 'is', null), eb('created_at', '>=', query.createdSince)]),
      ]),
    )
    .orderBy(sql`coalesce(published_at, created_at)`, 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit)
    .execute();
  const articles = rows.map(
    (row): StoredStoryArticle => ({
      ...articleFromRow(row),
      storyId: row.story_id as string,
      text: row.text,
      createdAt: row.created_at,
      wire: Wire.safeParse(row.wire).data ?? null,
      duplicateOf: row.duplicate_of,
    }),
  );
  const key = (a: StoredStoryArticle) => a.publishedAt ?? a.createdAt;
  return articles.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
