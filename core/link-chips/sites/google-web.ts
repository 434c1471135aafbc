import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * Google web search (also its News and Top stories blocks). Google's class names are minified
 * and change, so the adapter leans on structure first: a result's title is an `h3` inside its
 * link, in #search/#rso. The classes kept are those seen on saved pages: news cards (WlydOe),
 * the no-JavaScript page's results (egMi0) and its news cards (BVG0Nb). Ads (#tads, /aclk) are
 * left alone, and so are the thumbnail-only duplicates of a title link (no text).
 */
const RESULTS = [
  '#search a:has(h3)',
  '#rso a:has(h3)',
  '#botstuff a:has(h3)',
  'div.yuRUbf a',
  'a.WlydOe',
  'div.egMi0 a',
  'a.BVG0Nb',
].join(', ');

export const googleWeb: SiteAdapter = {
  id: 'google-web',
  site: 'google',
  handles: (url) => /^www\.google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/search',
  ownHosts:
    /(^|\.)(google\.[a-z.]+|googleusercontent\.com|gstatic\.com|youtube\.com|blogger\.com)$/,
  findLinks: (doc) =>
    linksIn(doc, RESULTS, {
      exclude: '#tads, #bottomads, #tvcap, [data-text-ad], .commercial-unit-desktop-top',
    }),
};
