import type { Kysely, Migration } from 'kysely';

/**
 * Where an article's text comes from (server/wire/): `wire`, the agency it is attributed to
 * (core/wire.ts ids: ap, reuters, …), and `duplicate_of`, the id of the earlier article it is a
 * near-copy of. Both NULL when the text is the outlet's own or nothing was found. No foreign key
 * on duplicate_of: the original may be pruned or re-imported under another id. Stored articles
 * are not re-read here; they are attributed when ingested or imported again.
 */
export const articleWire: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').addColumn('wire', 'text').execute();
    await db.schema.alterTable('articles').addColumn('duplicate_of', 'text').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').dropColumn('duplicate_of').execute();
    await db.schema.alterTable('articles').dropColumn('wire').execute();
  },
};
