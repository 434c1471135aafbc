import type { Kysely, Migration } from 'kysely';

/**
 * The first schema. Only column types both SQLite and PostgreSQL understand the same way
 * (text, integer): timestamps are ISO strings, booleans 0/1, lists JSON text.
 */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sources')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text')
      .addColumn('language', 'text')
      .addColumn('owner', 'text')
      .addColumn('feeds', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('position', 'integer')
      .addColumn('raters_disagree', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('source_domains')
      .addColumn('domain', 'text', (c) => c.primaryKey())
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('ordinal', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('source_domains_source_id_idx')
      .on('source_domains')
      .column('source_id')
      .execute();

    await db.schema
      .createTable('ratings')
      .addColumn('source_id', 'text', (c) =>
        c.notNull().references('sources.id').onDelete('cascade'),
      )
      .addColumn('rater', 'text', (c) => c.notNull())
      .addColumn('ordinal', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('entry', 'text')
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('position', 'integer')
      .addColumn('reliability', 'text')
      .addColumn('rated_on', 'text')
      .addColumn('url', 'text')
      .addColumn('attribution', 'text', (c) => c.notNull())
      .addUniqueConstraint('ratings_source_rater_unique', ['source_id', 'rater'])
      .execute();

    await db.schema
      .createTable('stories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('first_seen', 'text')
      .addColumn('last_updated', 'text')
      .execute();

    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('outlet', 'text')
      .addColumn('source_id', 'text', (c) => c.references('sources.id'))
      .addColumn('published_at', 'text')
      .addColumn('story_id', 'text', (c) => c.references('stories.id'))
      .addColumn('text', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    // Unique and nullable: both dialects allow many NULLs (articles imported without a URL).
    await db.schema.createIndex('articles_url_idx').unique().on('articles').column('url').execute();
    await db.schema
      .createIndex('articles_story_id_idx')
      .on('articles')
      .column('story_id')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of ['articles', 'stories', 'ratings', 'source_domains', 'sources']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
