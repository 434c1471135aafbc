import type { Kysely, Migration } from 'kysely';

/**
 * Imported ratings: the rater's number (idiap publishes a score from −1 to 1) and where each
 * rating was read (file, line, format: JSON text, NULL for ratings curated in the catalog);
 * sources created by an importer for domains outside the catalog are flagged uncurated.
 * `double precision` is a float8 in PostgreSQL and a REAL in SQLite: no precision lost on either.
 */
export const ratingImports: Migration = {
  async up(db: Kysely<unknown>) {
    // One column per statement: SQLite's ALTER TABLE adds only one at a time.
    await db.schema.alterTable('ratings').addColumn('score', 'double precision').execute();
    await db.schema.alterTable('ratings').addColumn('provenance', 'text').execute();
    await db.schema
      .alterTable('sources')
      .addColumn('uncurated', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('sources').dropColumn('uncurated').execute();
    await db.schema.alterTable('ratings').dropColumn('provenance').execute();
    await db.schema.alterTable('ratings').dropColumn('score').execute();
  },
};
