import type { Kysely, Migration } from 'kysely';

/**
 * The source model grew optional ownership, aliases and unverified-field records. Each is JSON
 * text, NULL when the catalog does not give it (so "not given" and "given as null" stay apart).
 */
export const sourceDetails: Migration = {
  async up(db: Kysely<unknown>) {
    // One column per statement: SQLite's ALTER TABLE adds only one at a time.
    for (const column of ['ownership', 'aliases', 'unverified']) {
      await db.schema.alterTable('sources').addColumn(column, 'text').execute();
    }
  },

  async down(db: Kysely<unknown>) {
    for (const column of ['ownership', 'aliases', 'unverified']) {
      await db.schema.alterTable('sources').dropColumn(column).execute();
    }
  },
};
