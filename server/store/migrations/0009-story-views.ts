import type { Kysely, Migration } from 'kysely';

/**
 * Issue 10: what a request reads of a story is built once, when the story changes, and stored
 * as served (stories.preview_json, stories.story_json, written by the story service), so
 * GET /v1/stories/:id is one read by primary key. first_seen/last_updated were written and
 * never read: the dates now live in the stored views. Views of stories stored before this are
 * built when a process next opens the backend (server/stories/rebuild-views.ts). The private
 * lookup reads buckets as ranges of the full URL hash: it gets its index.
 */
export const storyViews: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('stories').addColumn('preview_json', 'text').execute();
    await db.schema.alterTable('stories').addColumn('story_json', 'text').execute();
    await db.schema.alterTable('stories').dropColumn('first_seen').execute();
    await db.schema.alterTable('stories').dropColumn('last_updated').execute();
    await db.schema
      .createIndex('articles_url_hash_idx')
      .on('articles')
      .column('url_hash')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('articles_url_hash_idx').execute();
    await db.schema.alterTable('stories').addColumn('first_seen', 'text').execute();
    await db.schema.alterTable('stories').addColumn('last_updated', 'text').execute();
    await db.schema.alterTable('stories').dropColumn('story_json').execute();
    await db.schema.alterTable('stories').dropColumn('preview_json').execute();
  },
};
