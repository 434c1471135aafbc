import { SourceIndex } from '../../../core/source-index';
import { announceSourceIndexChanged } from '../../shared/messaging';
import { getBackendUrl } from '../../shared/settings';
import { BACKEND_TIMEOUT_MS } from '../backend-client';
import { db, StoredSourceIndex } from '../db';
import { notifyIndexInUseChanged } from './index-change';
import { useBundledSourceIndex, useSourceIndex } from './local-index';

/** How often the backend is asked for a newer index: ratings change over weeks, not minutes. */
export const SOURCE_INDEX_MAX_AGE_MS = 6 * 60 * 60 * 1000;

/** `superseded`: the backend setting changed while the answer was on its way; it was dropped. */
export type IndexRefresh = 'updated' | 'not-modified' | 'fresh' | 'failed' | 'superseded';

/**
 * At start, and whenever the backend setting changes: match with the stored index if it came
 * from the backend set now (else with the bundled one, so an old backend's ratings never show
 * under a new one), then ask the backend for a newer index when ours is stale or not its own.
 * Never throws: the bundled index keeps working whatever happens.
 */
export async function initSourceIndex(now = Date.now()): Promise<IndexRefresh> {
  const backendUrl = await getBackendUrl();
  const stored = await storedIndexFrom(backendUrl);
  if (!(await isBackendSet(backendUrl))) return 'superseded';
  if (stored) useSourceIndex(stored.index);
  else useBundledSourceIndex();
  if (stored && now - stored.checkedAt < SOURCE_INDEX_MAX_AGE_MS) return 'fresh';
  return refreshSourceIndex(backendUrl, stored, now);
}

/**
 * GET /v1/sources/index from `backendUrl`, with If-None-Match only when `stored` came from that
 * same backend (an ETag means nothing to another one). A 200 is validated before it is stored
 * and used; an answer that arrives after the setting moved to another backend is dropped.
 */
export async function refreshSourceIndex(
  backendUrl: string,
  stored: StoredSourceIndex | null,
  now = Date.now(),
): Promise<IndexRefresh> {
  const own = stored?.backendUrl === backendUrl ? stored : null;
  try {
    const response = await fetch(`${backendUrl}/v1/sources/index`, {
      headers: own ? { 'if-none-match': own.etag } : {},
      signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
    });
    if (!(await isBackendSet(backendUrl))) return 'superseded';
    if (response.status === 304 && own) {
      await db.sourceIndex.put({ ...own, checkedAt: now });
      // "Last checked" on an open Options page moves on.
      announceSourceIndexChanged();
      return 'not-modified';
    }
    const etag = response.headers.get('etag');
    const parsed = SourceIndex.safeParse(await response.json());
    if (!response.ok || !etag || !parsed.success) return 'failed';
    // Checked again: reading the body took time, and the setting may have changed meanwhile.
    // Switched to right after the check, before any other await can let a newer switch in.
    if (!(await isBackendSet(backendUrl))) return 'superseded';
    useSourceIndex(parsed.data);
    await db.sourceIndex.put({
      key: 'current',
      backendUrl,
      etag,
      index: parsed.data,
      checkedAt: now,
    });
    announceSourceIndexChanged();
    // The inline badge's content scripts follow the new index's outlets.
    notifyIndexInUseChanged();
    return 'updated';
  } catch {
    // Offline or no backend: the bundled (or stored) index serves; try again next start.
    return 'failed';
  }
}

/** Whether `backendUrl` is still the backend set: a change while we awaited wins. */
async function isBackendSet(backendUrl: string): Promise<boolean> {
  return (await getBackendUrl()) === backendUrl;
}

/**
 * The stored index if it still validates and came from `backendUrl`; null otherwise. A row from
 * another (or an unrecorded) backend is kept, unused, until the backend set now answers: it is
 * used again if the reader switches back.
 */
export async function storedIndexFrom(backendUrl: string): Promise<StoredSourceIndex | null> {
  const stored = await readStoredIndex();
  return stored?.backendUrl === backendUrl ? stored : null;
}

/** The stored index if it still validates, whichever backend it came from; one that no longer does is dropped. */
export async function readStoredIndex(): Promise<StoredSourceIndex | null> {
  const row = await db.sourceIndex.get('current');
  if (!row) return null;
  const parsed = StoredSourceIndex.safeParse(row);
  if (parsed.success) return parsed.data;
  await db.sourceIndex.delete('current');
  return null;
}
