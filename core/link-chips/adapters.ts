import type { SiteAdapter, SiteId } from './site-adapter';
import { bing } from './sites/bing';
import { bluesky } from './sites/bluesky';
import { duckduckgo } from './sites/duckduckgo';
import { facebook } from './sites/facebook';
import { googleNews } from './sites/google-news';
import { googleWeb } from './sites/google-web';
import { hackerNews } from './sites/hacker-news';
import { redditNew } from './sites/reddit-new';
import { redditOld } from './sites/reddit-old';
import { x } from './sites/x';
import { yahoo } from './sites/yahoo';
import { youtube } from './sites/youtube';

/** Every site adapter, one file each in sites/; the first that handles a URL reads its page. */
export const ADAPTERS: readonly SiteAdapter[] = [
  googleWeb,
  googleNews,
  bing,
  duckduckgo,
  hackerNews,
  redditOld,
  redditNew,
  x,
  facebook,
  youtube,
  bluesky,
  yahoo,
];

export function adapterFor(pageUrl: string | URL): SiteAdapter | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  return ADAPTERS.find((adapter) => adapter.handles(url)) ?? null;
}

/** The site a page belongs to, for the per-site switch (null: not a supported surface). */
export function siteOf(pageUrl: string | URL): SiteId | null {
  return adapterFor(pageUrl)?.site ?? null;
}
