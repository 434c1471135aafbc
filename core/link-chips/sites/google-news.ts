import { linksIn } from '../link-scan';
import type { SiteAdapter } from '../site-adapter';

/**
 * news.google.com: every story is an `article` whose headline links to ./read/<id> (older
 * ./articles/<id>). Older ids carry the target URL (core/unwrap-url.ts decodes them); newer ones
 * hold only a server key and stay unannotated rather than guessed from the outlet's name.
 */
export const googleNews: SiteAdapter = {
  id: 'google-news',
  site: 'google',
  handles: (url) => url.hostname === 'news.google.com',
  ownHosts: /(^|\.)(google\.[a-z.]+|googleusercontent\.com|gstatic\.com)$/,
  findLinks: (doc) =>
    linksIn(doc, 'article a[href*="/read/"], article a[href*="/articles/"], c-wiz article h4 a'),
};
