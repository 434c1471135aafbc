import type { Db, FeedHealthTable } from './schema';

/** A feed's health as the scheduler and `parallax feeds` use it. */
export interface FeedHealth {
  feedUrl: string;
  sourceId: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  consecutiveFailures: number;
  /** Items read from the feed in total, over every successful poll. */
  itemsSeen: number;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: string | null;
}

export function emptyHealth(feedUrl: string, sourceId: string | null): FeedHealth {
  return {
    feedUrl,
    sourceId,
    lastPolledAt: null,
    lastSuccessAt: null,
    lastError: null,
    lastErrorAt: null,
    consecutiveFailures: 0,
    itemsSeen: 0,
    etag: null,
    lastModified: null,
    nextPollAt: null,
  };
}

function fromRow(row: FeedHealthTable): FeedHealth {
  return {
    feedUrl: row.feed_url,
    sourceId: row.source_id,
    lastPolledAt: row.last_polled_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    consecutiveFailures: Number(row.consecutive_failures),
    itemsSeen: Number(row.items_seen),
    etag: row.etag,
    lastModified: row.last_modified,
    nextPollAt: row.next_poll_at,
  };
}

/** `store.feedHealth`: how each polled feed is doing (table feed_health); ingestion writes it. */
export interface FeedHealthPart {
  list(): Promise<FeedHealth[]>;
  get(feedUrl: string): Promise<FeedHealth | null>;
  save(health: FeedHealth): Promise<void>;
}

export function feedHealthPart(db: Db): FeedHealthPart {
  return {
    async list(): Promise<FeedHealth[]> {
      const rows = await db.selectFrom('feed_health').selectAll().orderBy('feed_url').execute();
      return rows.map(fromRow);
    },

    async get(feedUrl: string): Promise<FeedHealth | null> {
      const row = await db
        .selectFrom('feed_health')
        .selectAll()
        .where('feed_url', '=', feedUrl)
        .executeTakeFirst();
      return row ? fromRow(row) : null;
    },

    async save(health: FeedHealth): Promise<void> {
      const row: FeedHealthTable = {
        feed_url: health.feedUrl,
        source_id: health.sourceId,
        last_polled_at: health.lastPolledAt,
        last_success_at: health.lastSuccessAt,
        last_error: health.lastError,
        last_error_at: health.lastErrorAt,
        consecutive_failures: health.consecutiveFailures,
        items_seen: health.itemsSeen,
        etag: health.etag,
        last_modified: health.lastModified,
        next_poll_at: health.nextPollAt,
      };
      const { feed_url: _key, ...rest } = row;
      await db
        .insertInto('feed_health')
        .values(row)
        .onConflict((oc) => oc.column('feed_url').doUpdateSet(rest))
        .execute();
    },
  };
}
