import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Before issue 15, re-importing a file (or resuming one after a crash) marked an article as a
 * near-copy of itself: `duplicate_of = id`, which the story route then counted as syndicated.
 * Those marks are cleared, and the views of their stories emptied so that opening the backend
 * builds them again from the repaired rows (StoryService.buildMissing). Not reversible: a mark
 * pointing at the article itself never meant anything.
 */
export const selfDuplicates: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`update stories set preview_json = null, story_json = null
      where id in (select story_id from articles
        where duplicate_of = id and story_id is not null)`.execute(db);
    await sql`update articles set duplicate_of = null where duplicate_of = id`.execute(db);
  },

  async down() {},
};
