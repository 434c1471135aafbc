import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod';
import { LookupConfig, LookupResponse } from '../../core/lookup';
import { SourceIndex } from '../../core/source-index';

/** How long a backend answer is reused: coverage of a live story changes within minutes. */
export const LOOKUP_TTL_MS = 10 * 60 * 1000;

/**
 * One backend answer for one article: its story as a preview (core/story.ts StoryPreview),
 * everything the badge and the popup show. The full story is fetched only by the story page.
 */
export const CachedLookup = z.object({
  /** Canonical article URL (core/url.ts). */
  url: z.string(),
  lookup: LookupResponse,
  fetchedAt: z.number().int(),
});
export type CachedLookup = z.infer<typeof CachedLookup>;

/** The source index last fetched from the backend (one row, key "current"). */
export const StoredSourceIndex = z.object({
  key: z.literal('current'),
  /**
   * The backend base URL (utils/shared/settings.ts form) it came from: the index and its ETag are only
   * used while that is still the backend set. Absent in rows stored before it was recorded,
   * which are treated as from an unknown backend (not used, refreshed without an ETag).
   */
  backendUrl: z.string().min(1).optional(),
  /** The backend's ETag, sent back as If-None-Match (to the same backend only). */
  etag: z.string().min(1),
  index: SourceIndex,
  /** When the backend last answered (200 or 304), ms since the epoch. */
  checkedAt: z.number().int(),
});
export type StoredSourceIndex = z.infer<typeof StoredSourceIndex>;

/** How one backend splits the hash space for private lookups (core/lookup-bucket.ts). */
export const StoredLookupSplit = z.object({
  /** The backend base URL (utils/shared/settings.ts form): each backend has its own split. */
  backendUrl: z.string().min(1),
  buckets: LookupConfig.shape.buckets,
  /** When the backend last said so (config route or a lookup's answer), ms since the epoch. */
  checkedAt: z.number().int(),
});
export type StoredLookupSplit = z.infer<typeof StoredLookupSplit>;

class ParallaxDb extends Dexie {
  lookups!: EntityTable<CachedLookup, 'url'>;
  sourceIndex!: EntityTable<StoredSourceIndex, 'key'>;
  lookupSplits!: EntityTable<StoredLookupSplit, 'backendUrl'>;

  constructor() {
    super('parallax');
    this.version(1).stores({ lookups: 'url, fetchedAt' });
    this.version(2).stores({ lookups: 'url, fetchedAt', sourceIndex: 'key' });
    // Version 3: lookups hold story previews instead of full stories; older rows go.
    this.version(3)
      .stores({ lookups: 'url, fetchedAt', sourceIndex: 'key', lookupSplits: 'backendUrl' })
      .upgrade((tx) => tx.table('lookups').clear());
  }
}

export const db = new ParallaxDb();

/** A fresh cached answer for a canonical URL; null when absent, stale or malformed. */
export async function getCachedLookup(url: string, now = Date.now()): Promise<CachedLookup | null> {
  const row = await db.lookups.get(url);
  if (!row) return null;
  const parsed = CachedLookup.safeParse(row);
  if (!parsed.success || now - parsed.data.fetchedAt > LOOKUP_TTL_MS) {
    await db.lookups.delete(url);
    return null;
  }
  return parsed.data;
}

export async function putCachedLookup(row: CachedLookup): Promise<void> {
  await db.lookups.put(row);
  // Keeps the cache from growing without bound: stale rows are never read again.
  await db.lookups
    .where('fetchedAt')
    .below(row.fetchedAt - LOOKUP_TTL_MS)
    .delete();
}
