import type { Kysely, Migration } from 'kysely';

/**
 * An article's kind (core/article-kind.ts: opinion, analysis, live-blog…), inferred when it is
 * stored from its address and feed (server/ingest/article-kind.ts); NULL when nothing said.
 * Rows stored before are not re-read here (the inference is domain code a migration does not
 * import): they get a kind when ingested or imported again, and a story's stored views carry
 * kinds from its next change on (the field is optional in core/story.ts).
 */
export const articleKind: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').addColumn('kind', 'text').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('articles').dropColumn('kind').execute();
  },
};
