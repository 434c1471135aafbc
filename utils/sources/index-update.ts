import { SourceIndex } from '../../core/source-index';
import { db, StoredSourceIndex } from '../db';
import { BACKEND_TIMEOUT_MS } from '../lookup/backend-client';
import { getBackendUrl } from '../settings';
import { useSourceIndex } from './local-index';

/** How often the backend is asked for a newer index: ratings change over weeks, not minutes. */
export const SOURCE_INDEX_MAX_AGE_MS = 6 * 60 * 60 * 1000;

export type IndexRefresh = 'updated' | 'not-modified' | 'fresh' | 'failed';

/**
 * At start: use the stored index if it still validates (it may come from an older version),
 * then ask the backend for a newer one when the stored one is stale. Never throws: the bundled
 * index keeps working whatever happens.
 */
export async function initSourceIndex(now = Date.now()): Promise<IndexRefresh> {
  const stored = await readStoredIndex();
  if (stored) useSourceIndex(stored.index);
  if (stored && now - stored.checkedAt < SOURCE_INDEX_MAX_AGE_MS) return 'fresh';
  return refreshSourceIndex(stored, now);
}

/** GET /v1/sources/index with If-None-Match; a 200 is validated before it is stored and used. */
export async function refreshSourceIndex(
  stored: StoredSourceIndex | null,
  now = Date.now(),
): Promise<IndexRefresh> {
  try {
    const response = await fetch(`${await getBackendUrl()}/v1/sources/index`, {
      headers: stored ? { 'if-none-match': stored.etag } : {},
      signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
    });
    if (response.status === 304 && stored) {
      await db.sourceIndex.put({ ...stored, checkedAt: now });
      return 'not-modified';
    }
    const etag = response.headers.get('etag');
    const parsed = SourceIndex.safeParse(await response.json());
    if (!response.ok || !etag || !parsed.success) return 'failed';
    await db.sourceIndex.put({ key: 'current', etag, index: parsed.data, checkedAt: now });
    useSourceIndex(parsed.data);
    return 'updated';
  } catch {
    // Offline or no backend: the bundled (or stored) index serves; try again next start.
    return 'failed';
  }
}

/** The stored index if it still validates; one that no longer does is dropped. */
export async function readStoredIndex(): Promise<StoredSourceIndex | null> {
  const row = await db.sourceIndex.get('current');
  if (!row) return null;
  const parsed = StoredSourceIndex.safeParse(row);
  if (parsed.success) return parsed.data;
  await db.sourceIndex.delete('current');
  return null;
}
