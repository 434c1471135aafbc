import type { Kysely, Migration } from 'kysely';

/**
 * One row per polled feed: how its last polls went (for `parallax feeds` and backoff), its
 * HTTP validators for conditional requests, and when it is next due. Portable types only:
 * timestamps are ISO 8601 text.
 */
export const feedHealth: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('feed_health')
      .addColumn('feed_url', 'text', (c) => c.primaryKey())
      .addColumn('source_id', 'text')
      .addColumn('last_polled_at', 'text')
      .addColumn('last_success_at', 'text')
      .addColumn('last_error', 'text')
      .addColumn('last_error_at', 'text')
      .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('next_poll_at', 'text')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('feed_health').execute();
  },
};
