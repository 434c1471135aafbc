import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * Yahoo: search results (.algo / .compTitle, through r.search.yahoo.com) and the news streams
 * of Yahoo News and Finance (li.js-stream-content, section[data-testid=storyitem]). Stream items
 * that Yahoo hosts itself (syndicated Reuters or AP copy on finance.yahoo.com) are Yahoo's own
 * pages and are left alone: the link does not say which outlet wrote them.
 */
export const yahoo: SiteAdapter = {
  id: 'yahoo',
  site: 'yahoo',
  handles: (url) => /(^|\.)yahoo\.com$/.test(url.hostname),
  ownHosts: /(^|\.)(yahoo\.com|yimg\.com|aol\.com)$/,
  findLinks: (doc) =>
    linksIn(
      doc,
      '#web .algo h3 a, #web .compTitle a, li.js-stream-content h3 a, section[data-testid="storyitem"] h3 a, [data-test-locator="stream-item"] h3 a',
      {
        exclude:
          '.ads, [data-test-locator="stream-ad"], .searchCenterTopAds, .searchCenterBottomAds',
      },
    ),
};
