import { getLookupConfig } from './backend-client';
import { db, StoredLookupSplit } from './db';

/**
 * The split changes only as the backend's store grows, and every lookup's answer says it
 * anew; the config route is asked only when no answer said it for this long.
 */
export const SPLIT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** The split last heard from `baseUrl`, parsed; null when none, unreadable or too old. */
export async function storedSplit(baseUrl: string, now = Date.now()): Promise<number | null> {
  const parsed = StoredLookupSplit.safeParse(await db.lookupSplits.get(baseUrl));
  if (!parsed.success || now - parsed.data.checkedAt > SPLIT_MAX_AGE_MS) return null;
  return parsed.data.buckets;
}

/** Records what `baseUrl` said its split is (its config route, or any lookup's answer). */
export async function rememberSplit(
  baseUrl: string,
  buckets: number,
  now = Date.now(),
): Promise<void> {
  await db.lookupSplits.put(
    StoredLookupSplit.parse({ backendUrl: baseUrl, buckets, checkedAt: now }),
  );
}

/**
 * How many buckets to ask `baseUrl` with: the stored split while fresh, else GET
 * /v1/lookup/config (which carries nothing about any page) and remember it.
 */
export async function currentSplit(baseUrl: string, now = Date.now()): Promise<number> {
  const stored = await storedSplit(baseUrl, now);
  if (stored !== null) return stored;
  const { buckets } = await getLookupConfig(baseUrl);
  await rememberSplit(baseUrl, buckets, now);
  return buckets;
}
