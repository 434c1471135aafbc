import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * Facebook: shared links leave through l.facebook.com/l.php?u= (lm. on the mobile site), from a
 * post's text or its link preview. Posts are [role=article] on www and article /
 * .story_body_container on m.; every other anchor in them is Facebook's own (profiles, photos,
 * comments), which the own-host rule leaves alone. Sponsored posts are not marked in a way that
 * survives, so they are treated as posts.
 */
export const facebook: SiteAdapter = {
  id: 'facebook',
  site: 'facebook',
  handles: (url) => /^(www|m|web|mbasic)\.facebook\.com$/.test(url.hostname),
  ownHosts: /(^|\.)(facebook\.com|fbcdn\.net|fb\.com|fb\.watch|instagram\.com|messenger\.com)$/,
  findLinks: (doc) =>
    linksIn(
      doc,
      '[role="article"] a, [data-pagelet^="FeedUnit"] a, article a, .story_body_container a',
    ),
};
