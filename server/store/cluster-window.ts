import { sql } from 'kysely';
import { ARTICLE_COLUMNS, articleFromRow, oldestFirst, wireOf } from './article-rows';
import type { ArticleInput } from './records';
import type { Db } from './schema';

/** A stored article in a story, with its text, as the clusterer is seeded with it. */
export interface StoredStoryArticle extends ArticleInput {
  storyId: string;
  /** When it was stored: the time that orders it when it has no publication date. */
  createdAt: string;
}

export interface ClusterWindowQuery {
  /** Dated articles published at or after this instant (ISO 8601). */
  publishedSince: string;
  /** Undated articles stored at or after this instant (ISO 8601). */
  createdSince: string;
  /** At most this many, the newest. */
  limit: number;
}

/** `store.clusterWindow`: the stored articles the clusterer is seeded with (server/cluster/seed.ts). */
export interface ClusterWindowPart {
  /**
   * The newest publication date among the stored articles that are in a story, ignoring dates
   * more than a day ahead of `now` (a feed's wrong date must not hide the real window), or null.
   */
  newestTime(now: number): Promise<string | null>;
  /**
   * Stored articles in a story inside a time window, with their text. Dated ones by publication
   * time, undated ones by the time they were stored; the newest `limit` are kept. Returned
   * oldest first, ties by id (compared in JavaScript, so both dialects give the same order).
   * Timestamps are ISO 8601 UTC as the importers write them: comparing text compares instants.
   */
  since(query: ClusterWindowQuery): Promise<StoredStoryArticle[]>;
}

const DAY = 86_400_000;

export function clusterWindowPart(db: Db): ClusterWindowPart {
  return {
    async newestTime(now) {
      const row = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.max('published_at').as('newest'))
        .where('story_id', 'is not', null)
        .where('published_at', '<=', new Date(now + DAY).toISOString())
        .executeTakeFirst();
      return row?.newest ?? null;
    },
    async since(query) {
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
          wire: wireOf(row.wire),
          duplicateOf: row.duplicate_of,
        }),
      );
      return oldestFirst(articles, (a) => a.publishedAt ?? a.createdAt);
    },
  };
}
