import type { Article } from '../../core/article';
import { urlHash, urlHashPrefix } from '../../core/url-hash';
import type { Wire } from '../../core/wire';
import { ARTICLE_COLUMNS, articleFromRow, wireOf } from './article-rows';
import type { ArticleInput, UpsertArticlesResult } from './records';
import type { Db } from './schema';

/** The hash space in 256 half-open ranges of lower-case hex, by first two digits ('00'…'ff'). */
const HASH_SLICES: ReadonlyArray<readonly [string, string | null]> = Array.from(
  { length: 256 },
  (_, n) => [hex2(n), n === 255 ? null : hex2(n + 1)] as const,
);

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** A stored article with the full SHA-256 of its canonical URL (private lookups). */
export interface HashedArticle {
  urlHash: string;
  article: Article;
}

/** A stored article with what the API does not serve: its text and wire attribution. */
export interface StoredArticle extends ArticleInput {
  wire: Wire | null;
  duplicateOf: string | null;
}

/** `store.articles`: the articles table. */
export interface ArticlesPart {
  byUrl(canonicalUrl: string): Promise<Article | null>;
  /** The stored article with this id or canonical URL, with its text and wire attribution. */
  stored(where: { id: string } | { url: string }): Promise<StoredArticle | null>;
  /** Stored articles by id, at most `limit` (an operator's export; what tests look at). */
  list(limit: number): Promise<StoredArticle[]>;
  /**
   * How many stored articles have a URL hash (the ones a private lookup can find): one count
   * over the url_hash index. Callers that need it per request cache it (it moves slowly).
   */
  count(): Promise<number>;
  /**
   * Articles whose URL hash h has `from <= h` and, when `to` is not null, `h < to` (one bucket
   * of core/lookup-bucket.ts `bucketRange`), by hash, at most `limit`: one indexed range read.
   */
  inHashRange(from: string, to: string | null, limit: number): Promise<HashedArticle[]>;
  /**
   * All or nothing (its own transaction, or the caller's). An article is the same as a stored
   * one when it has the same canonical URL or the same id; the stored row is then updated
   * (keeping its id). Stories named by `storyId` are created (as placeholders: their views come
   * from the story service). Returns the stories whose articles changed.
   */
  upsert(articles: readonly ArticleInput[]): Promise<UpsertArticlesResult>;
  /**
   * Title and text of the `limit` most recently stored articles, each cut to `maxChars`: the
   * framing prior's background (server/stories/background.ts), bounded in rows and bytes.
   */
  recentTexts(limit: number, maxChars: number): Promise<string[]>;
}

export function articlesPart(
  db: Db,
  atomic: <T>(fn: (db: Db) => Promise<T>) => Promise<T>,
): ArticlesPart {
  const hashed = (
    rows: Array<Parameters<typeof articleFromRow>[0] & { url_hash: string | null }>,
  ) =>
    rows.flatMap(({ url_hash, ...row }) =>
      url_hash ? [{ urlHash: url_hash, article: articleFromRow(row) }] : [],
    );
  return {
    async byUrl(canonicalUrl) {
      const row = await db
        .selectFrom('articles')
        .select(ARTICLE_COLUMNS)
        .where('url', '=', canonicalUrl)
        .executeTakeFirst();
      return row ? articleFromRow(row) : null;
    },
    async stored(where) {
      const row = await db
        .selectFrom('articles')
        .select([...ARTICLE_COLUMNS, 'text', 'wire', 'duplicate_of'])
        .$call((q) =>
          'id' in where ? q.where('id', '=', where.id) : q.where('url', '=', where.url),
        )
        .executeTakeFirst();
      return row ? storedFromRow(row) : null;
    },
    async list(limit) {
      const rows = await db
        .selectFrom('articles')
        .select([...ARTICLE_COLUMNS, 'text', 'wire', 'duplicate_of'])
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(storedFromRow);
    },
    async count() {
      // Counted in 256 slices of the hash space, yielding between them: better-sqlite3 runs a
      // query synchronously, and one count over a million rows holds the event loop for ~90 ms
      // warm, ~450-780 ms cold (bench lookup-1m); a slice takes a 256th of that.
      let total = 0;
      for (const [from, to] of HASH_SLICES) {
        let query = db
          .selectFrom('articles')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('url_hash', '>=', from);
        if (to !== null) query = query.where('url_hash', '<', to);
        const row = await query.executeTakeFirst();
        total += Number(row?.n ?? 0);
        await new Promise((resolve) => setImmediate(resolve));
      }
      return total;
    },
    async inHashRange(from, to, limit) {
      return hashed(await hashRangeQuery(db, from, to, limit).execute());
    },
    upsert: (articles) => atomic((trx) => writeArticles(trx, articles)),
    async recentTexts(limit, maxChars) {
      const rows = await db
        .selectFrom('articles')
        .select(['title', 'text'])
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) =>
        (row.text ? `${row.title}\n${row.text}` : row.title).slice(0, maxChars),
      );
    },
  };
}

/**
 * The private lookup's read (`inHashRange`), as a query: also what query-plans.ts explains.
 * On SQLite an index holds every column it selects (migration 0013), so no table row is read.
 */
export function hashRangeQuery(db: Db, from: string, to: string | null, limit: number) {
  // Hashes are lower-case hex: every collation orders [0-9a-f] as code points, so the text
  // range is the numeric one in both dialects.
  let query = db
    .selectFrom('articles')
    .select([...ARTICLE_COLUMNS, 'url_hash'])
    .where('url_hash', '>=', from);
  if (to !== null) query = query.where('url_hash', '<', to);
  return query.orderBy('url_hash').limit(limit);
}

function storedFromRow(
  row: Parameters<typeof articleFromRow>[0] & {
    text: string | null;
    wire: string | null;
    duplicate_of: string | null;
  },
): StoredArticle {
  return {
    ...articleFromRow(row),
    text: row.text,
    wire: wireOf(row.wire),
    duplicateOf: row.duplicate_of,
  };
}

async function writeArticles(
  trx: Db,
  articles: readonly ArticleInput[],
): Promise<UpsertArticlesResult> {
  const now = new Date().toISOString();
  const result: UpsertArticlesResult = { inserted: 0, updated: 0, storyIds: [] };
  const storyIds = new Set<string>();
  for (const article of articles) {
    if (article.storyId && !storyIds.has(article.storyId)) {
      storyIds.add(article.storyId);
      // A placeholder title until the story service stores the story's views.
      await trx
        .insertInto('stories')
        .values({ id: article.storyId, title: article.title, preview_json: null, story_json: null })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    const existing = await findSameArticle(trx, article);
    const url = article.url ?? existing?.url ?? null;
    const hash = url ? await urlHash(url) : null;
    const values = {
      url: article.url,
      title: article.title,
      outlet: article.outlet,
      source_id: article.sourceId,
      published_at: article.publishedAt,
      story_id: article.storyId,
      text: article.text,
      url_hash: hash,
      url_hash_prefix: hash ? urlHashPrefix(hash) : null,
      // A later pass that finds no wire (an import without the feed's byline, a moved article)
      // does not erase what an earlier one found.
      wire: article.wire ?? existing?.wire ?? null,
      duplicate_of: article.duplicateOf ?? existing?.duplicate_of ?? null,
      // Likewise a copy that says nothing of its kind (a merge's re-store) keeps the stored one.
      kind: article.kind ?? existing?.kind ?? null,
    };
    if (existing) {
      await trx
        .updateTable('articles')
        .set({
          ...values,
          // What the new copy does not know, the stored one keeps.
          url: article.url ?? existing.url,
          story_id: article.storyId ?? existing.story_id,
          text: article.text ?? existing.text,
        })
        .where('id', '=', existing.id)
        .execute();
      if (existing.story_id && existing.story_id !== article.storyId && article.storyId) {
        storyIds.add(existing.story_id);
      }
      result.updated += 1;
    } else {
      await trx
        .insertInto('articles')
        .values({ id: article.id, created_at: now, ...values })
        .execute();
      result.inserted += 1;
    }
  }
  result.storyIds = [...storyIds];
  return result;
}

/** The stored copy of an article: same canonical URL first (ids differ between feeds), else same id. */
async function findSameArticle(trx: Db, article: ArticleInput) {
  const columns = ['id', 'url', 'story_id', 'text', 'wire', 'duplicate_of', 'kind'] as const;
  if (article.url) {
    const byUrl = await trx
      .selectFrom('articles')
      .select(columns)
      .where('url', '=', article.url)
      .executeTakeFirst();
    if (byUrl) return byUrl;
  }
  return trx.selectFrom('articles').select(columns).where('id', '=', article.id).executeTakeFirst();
}
