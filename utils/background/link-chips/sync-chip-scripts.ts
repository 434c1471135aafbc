import { browser } from 'wxt/browser';
import type { SiteId } from '../../../core/link-chips/site-adapter';
import { getChipSites, watchChipSites } from '../../link-chips/chip-sites';
import { hasSiteAccess } from '../../link-chips/site-access';
import { syncContentScripts } from '../content-registration/registered-scripts';
import { CHIP_SCRIPT_PREFIX, chipScriptsFor } from './chip-scripts';

/**
 * Registers the chips' content script on exactly the sites that are on and whose host access
 * is granted; a site turned off, or whose access the reader removed in the browser, has none.
 */
export async function syncChipScripts(): Promise<void> {
  const sites = await getChipSites();
  const granted: SiteId[] = [];
  for (const site of sites) if (await hasSiteAccess(site)) granted.push(site);
  await syncContentScripts(CHIP_SCRIPT_PREFIX, chipScriptsFor(granted));
}

const report = (error: unknown) =>
  console.error('[Parallax] could not update the link chips’ content scripts:', error);

/** At start (registrations may not survive a restart in Firefox), on the switch, on access. */
export function followChipSites(): void {
  const sync = () => void syncChipScripts().catch(report);
  sync();
  watchChipSites(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
