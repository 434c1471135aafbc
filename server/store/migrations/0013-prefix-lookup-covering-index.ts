import { type Kysely, type Migration, SqliteAdapter } from 'kysely';

/**
 * The private lookup (POST /v1/lookup/prefix) reads the ~32 articles of one bucket, a range of
 * the URL hash. Through the plain url_hash index each of them was a look-up of its own table
 * row, and rows are stored in arrival order, not hash order: 32 random pages. Once the table
 * outgrows the page cache (a million articles: 2.7 GB) these were read from disk and the
 * route's p50 grew with the corpus (2.3 ms at 10k, 11.6 ms at 1M, bench lookup-1m). On SQLite
 * the index now carries every column the route returns (server/store/article-rows.ts
 * ARTICLE_COLUMNS), so a bucket is one or two adjacent index pages and no table row.
 *
 * SQLite only: a PostgreSQL B-tree entry may not exceed ~2.7 KB, and a long URL plus a long
 * title would make the article's insert fail; PostgreSQL keeps the plain url_hash index.
 */
const COVERED = [
  'url_hash',
  'id',
  'url',
  'title',
  'outlet',
  'source_id',
  'published_at',
  'story_id',
  'kind',
] as const;

export const prefixLookupCoveringIndex: Migration = {
  async up(db: Kysely<unknown>) {
    if (!isSqlite(db)) return;
    await db.schema
      .createIndex('articles_url_hash_covering_idx')
      .on('articles')
      .columns([...COVERED])
      .execute();
    // Its leading column is url_hash: every read the plain index served, it serves.
    await db.schema.dropIndex('articles_url_hash_idx').execute();
  },

  async down(db: Kysely<unknown>) {
    if (!isSqlite(db)) return;
    await db.schema
      .createIndex('articles_url_hash_idx')
      .on('articles')
      .column('url_hash')
      .execute();
    await db.schema.dropIndex('articles_url_hash_covering_idx').execute();
  },
};

/** Kysely hands a migration no dialect name; its adapter says which engine it speaks to. */
function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}
