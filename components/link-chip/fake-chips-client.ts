import type { SiteId } from '../../core/link-chips/site-adapter';
import type { LinkChipsClient } from '../options/options-link-chips';

/**
 * The link chips' switch without a browser (darkreader's mock habit): stores the sites in
 * memory and grants or refuses access as told, so Options and the popup render and are tested
 * alone.
 */
export function fakeLinkChipsClient(
  options: { grant?: boolean; sites?: SiteId[] } = {},
): LinkChipsClient & { asked: SiteId[] } {
  let sites = [...(options.sites ?? [])];
  const listeners = new Set<(sites: SiteId[]) => void>();
  const asked: SiteId[] = [];
  return {
    asked,
    loadChipSites: async () => [...sites],
    saveChipSite: async (site, on) => {
      sites = on ? [...new Set([...sites, site])] : sites.filter((s) => s !== site);
      for (const listener of listeners) listener([...sites]);
      return [...sites];
    },
    requestChipSiteAccess: (site) => {
      asked.push(site);
      return Promise.resolve(options.grant ?? true);
    },
    onChipSitesChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
