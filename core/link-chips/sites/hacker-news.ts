import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * Hacker News: a story's link is the first anchor of span.titleline (the second, in
 * span.sitebit, is HN's own from?site= page); comments link out from .commtext.
 */
export const hackerNews: SiteAdapter = {
  id: 'hacker-news',
  site: 'hacker-news',
  handles: (url) => url.hostname === 'news.ycombinator.com',
  ownHosts: /(^|\.)ycombinator\.com$/,
  findLinks: (doc) =>
    linksIn(doc, 'span.titleline > a, .toptext a, .commtext a', { exclude: '.sitebit' }),
};
