import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * old.reddit.com: a link post's title is a.title in .thing (self posts link to their own
 * comments page, the site's own); links in posts and comments sit in .usertext-body .md. The
 * sidebar's .md (subreddit rules, wiki links) is navigation.
 */
export const redditOld: SiteAdapter = {
  id: 'reddit-old',
  site: 'reddit',
  handles: (url) =>
    url.hostname === 'old.reddit.com' ||
    (url.hostname === 'www.reddit.com' && url.searchParams.has('old')),
  ownHosts:
    /(^|\.)(reddit\.com|redd\.it|redditmedia\.com|redditstatic\.com|reddithelp\.com|redditinc\.com|redditblog\.com)$/,
  findLinks: (doc) =>
    linksIn(doc, '.thing a.title, .thing .usertext-body .md a', { exclude: '.side, .promoted' }),
};
