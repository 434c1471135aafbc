import { browser } from 'wxt/browser';
import { SITES, type SiteId } from '../../core/link-chips/site-adapter';

/**
 * Host access for one site's chips, from the manifest's optional host permissions. Asked for
 * only when the reader turns the site on, after the page explained why; the request must be
 * made straight from the click, before any `await` (Firefox's rule for user gestures).
 */
export function requestSiteAccess(site: SiteId): Promise<boolean> {
  return browser.permissions.request({ origins: [...SITES[site].matches] });
}

export async function hasSiteAccess(site: SiteId): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...SITES[site].matches] });
  } catch {
    return false;
  }
}
