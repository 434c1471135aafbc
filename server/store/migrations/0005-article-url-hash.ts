import { type Kysely, type Migration, sql } from 'kysely';
import { urlHash, urlHashPrefix } from '../../../core/url-hash';

/**
 * Private lookups find articles by a short prefix of their canonical URL's SHA-256. The prefix
 * gets its own indexed column so the lookup is an equality match in both dialects (a range
 * over hex text would depend on PostgreSQL's collation). Existing rows are hashed here.
 */
export const articleUrlHash: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').addColumn('url_hash', 'text').execute();
    await db.schema.alterTable('articles').addColumn('url_hash_prefix', 'text').execute();
    const rows = await sql<{ id: string; url: string }>`
      select id, url from articles where url is not null`.execute(db);
    for (const row of rows.rows) {
      const hash = await urlHash(row.url);
      await sql`update articles set url_hash = ${hash}, url_hash_prefix = ${urlHashPrefix(hash)}
        where id = ${row.id}`.execute(db);
    }
    await db.schema
      .createIndex('articles_url_hash_prefix')
      .on('articles')
      .column('url_hash_prefix')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('articles_url_hash_prefix').execute();
    await db.schema.alterTable('articles').dropColumn('url_hash_prefix').execute();
    await db.schema.alterTable('articles').dropColumn('url_hash').execute();
  },
};
