import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * YouTube: links out sit in a video's description and in comments, through
 * youtube.com/redirect?q=. The page is rendered from embedded JSON by script, so a saved page
 * holds none of them; in the browser they appear once YouTube renders.
 */
export const youtube: SiteAdapter = {
  id: 'youtube',
  site: 'youtube',
  handles: (url) => /^(www|m)\.youtube\.com$/.test(url.hostname),
  ownHosts: /(^|\.)(youtube\.com|youtu\.be|google\.com|ytimg\.com|googleusercontent\.com)$/,
  findLinks: (doc) =>
    linksIn(
      doc,
      '#description a, ytd-text-inline-expander a, ytd-comment-view-model #content-text a, ytd-comment-renderer #content-text a',
    ),
};
