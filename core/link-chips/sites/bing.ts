import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * Bing: organic results are `li.b_algo` with the title in h2; news cards (.news-card) on the
 * results and news verticals. Ads are `li.b_ad` and their quoted reviews link real outlets
 * (the saved page's SMH quote sits in an ad): those stay unannotated.
 */
export const bing: SiteAdapter = {
  id: 'bing',
  site: 'bing',
  handles: (url) => url.hostname === 'www.bing.com' && /^\/(search|news)/.test(url.pathname),
  ownHosts: /(^|\.)(bing\.com|microsoft\.com|msn\.com|microsofttranslator\.com|bing\.net)$/,
  findLinks: (doc) =>
    linksIn(doc, 'li.b_algo h2 a, li.b_algo .b_title a, .news-card a.title, .newsitem a.title', {
      exclude: '.b_ad, .b_adTop, .b_adBottom, .b_adSlug',
    }),
};
