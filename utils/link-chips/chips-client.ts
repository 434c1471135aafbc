import type { LinkChipsClient } from '../../components/options/options-link-chips';
import { getChipSites, setChipSite, watchChipSites } from './chip-sites';
import { requestSiteAccess } from './site-access';

/** The link chips' switch for Options and the popup: settings storage and the browser's prompt. */
export const linkChipsClient: LinkChipsClient = {
  loadChipSites: getChipSites,
  saveChipSite: setChipSite,
  requestChipSiteAccess: requestSiteAccess,
  onChipSitesChanged: watchChipSites,
};
