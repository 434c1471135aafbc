import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod';
import { LookupResponse } from '../../core/lookup';
import { SourceIndex } from '../../core/source-index';
import { Story } from '../../core/story';

/** How long a backend answer is reused: coverage of a live story changes within minutes. */
export const LOOKUP_TTL_MS = 10 * 60 * 1000;

export const CachedLookup = z.object({
  /** Canonical article URL (core/url.ts). */
  url: z.string(),
  lookup: LookupResponse,
  story: Story.nullable(),
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

class ParallaxDb extends Dexie {
  lookups!: EntityTable<CachedLookup, 'url'>;
  sourceIndex!: EntityTable<StoredSourceIndex, 'key'>;

  constructor() {
    super('parallax');
    this.version(1).stores({ lookups: 'url, fetchedAt' });
    this.version(2).stores({ lookups: 'url, fetchedAt', sourceIndex: 'key' });
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
