import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Before this release, a story merged into another by the clusterer kept its row with no
 * articles left (server/store/write-articles.ts now deletes it). This removes those left behind.
 * Not reversible: an empty story has nothing to restore.
 */
export const dropEmptyStories: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`delete from stories
      where not exists (select 1 from articles where articles.story_id = stories.id)`.execute(db);
  },

  async down() {},
};
