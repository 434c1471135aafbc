import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * www.reddit.com (the shreddit front end): a link post shows its target as a.post-link in the
 * shreddit-post; text posts and comments link out from their slotted bodies. Promoted posts
 * (shreddit-ad-post) are left alone.
 */
export const redditNew: SiteAdapter = {
  id: 'reddit-new',
  site: 'reddit',
  handles: (url) => url.hostname === 'www.reddit.com' && !url.searchParams.has('old'),
  ownHosts:
    /(^|\.)(reddit\.com|redd\.it|redditmedia\.com|redditstatic\.com|reddithelp\.com|redditinc\.com|redditblog\.com)$/,
  findLinks: (doc) =>
    linksIn(
      doc,
      [
        'shreddit-post a.post-link',
        'shreddit-post a[data-testid="outbound-link"]',
        'shreddit-post [slot="text-body"] a',
        'shreddit-comment [slot="comment"] a',
      ].join(', '),
      { exclude: 'shreddit-ad-post' },
    ),
};
