import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { SITE_IDS, type SiteId } from '../../core/link-chips/site-adapter';

/**
 * The sites the reader turned link chips on for: none by default. Validated when read, as
 * every stored setting is (an older version or a hand edit may have left anything there):
 * unknown site ids are dropped, not trusted.
 */
export const chipSitesItem = storage.defineItem<string[]>('local:linkChipSites', {
  fallback: [],
  version: 1,
});

const StoredSites = z.array(z.string());

export function parseChipSites(value: unknown): SiteId[] {
  const parsed = StoredSites.safeParse(value);
  if (!parsed.success) return [];
  return SITE_IDS.filter((site) => parsed.data.includes(site));
}

export async function getChipSites(): Promise<SiteId[]> {
  return parseChipSites(await chipSitesItem.getValue());
}

export async function setChipSite(site: SiteId, on: boolean): Promise<SiteId[]> {
  const current = new Set(await getChipSites());
  if (on) current.add(site);
  else current.delete(site);
  const next = SITE_IDS.filter((id) => current.has(id));
  await chipSitesItem.setValue(next);
  return next;
}

/** Calls `listener` with the parsed list whenever it changes; returns the unwatch function. */
export function watchChipSites(listener: (sites: SiteId[]) => void): () => void {
  return chipSitesItem.watch((value) => listener(parseChipSites(value)));
}
