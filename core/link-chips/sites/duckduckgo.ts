import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * DuckDuckGo: the HTML version's results are `a.result__a` (through duckduckgo.com/l/?uddg=),
 * the JavaScript version's are article[data-testid=result] titles. Ads are .result--ad there
 * and data-testid=ad here.
 */
export const duckduckgo: SiteAdapter = {
  id: 'duckduckgo',
  site: 'duckduckgo',
  handles: (url) => /^(html\.|lite\.)?duckduckgo\.com$/.test(url.hostname),
  ownHosts: /(^|\.)duckduckgo\.com$/,
  findLinks: (doc) =>
    linksIn(
      doc,
      'a.result__a, article[data-testid="result"] a[data-testid="result-title-a"], .result-link',
      { exclude: '.result--ad, [data-testid="ad"], .badge--ad' },
    ),
};
