import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * Bluesky: links are plain (no wrapper), in a post's text and its external embed card. Posts
 * are [data-testid^=feedItem] on feeds and profiles, [data-testid^=postThreadItem] in threads;
 * the profile header and the side panels are outside them. The card's image repeats its title
 * link without text, and is skipped like every image-only anchor.
 */
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  site: 'bluesky',
  handles: (url) => url.hostname === 'bsky.app',
  ownHosts: /(^|\.)(bsky\.app|bsky\.social|bsky\.network|blueskyweb\.xyz)$/,
  findLinks: (doc) =>
    linksIn(
      doc,
      '[data-testid^="feedItem"] a[href^="http"], [data-testid^="postThreadItem"] a[href^="http"]',
      {
        exclude: '[data-testid="prism-ad-wrapper"]',
      },
    ),
};
