import type { Kysely, Migration } from 'kysely';

/**
 * Why each clustered article is in its story: the similarity it joined with and the terms that
 * drove it (JSON array of words, strongest first). One row per article placed by the clusterer;
 * articles imported with their story have none. Portable types only (text, real).
 */
export const storyAssignments: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('story_assignments')
      .addColumn('article_id', 'text', (c) => c.primaryKey())
      .addColumn('story_id', 'text', (c) => c.notNull())
      .addColumn('similarity', 'real', (c) => c.notNull())
      .addColumn('terms', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('assigned_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('story_assignments_story_id_idx')
      .on('story_assignments')
      .column('story_id')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('story_assignments').execute();
  },
};
