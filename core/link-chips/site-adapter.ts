/**
 * One site where people meet news as links (a search engine, an aggregator, a social feed), and
 * where on its pages those links live. Adapters are pure functions over a Document, so the same
 * code runs in the content script, in happy-dom for `parallax annotate` and in the tests.
 */
export interface SiteAdapter {
  /** Stable id, e.g. "google-web"; reported by `parallax annotate`. */
  readonly id: string;
  /** The site the reader turns on or off (Reddit old and new are one site): see SITES. */
  readonly site: SiteId;
  /** Whether this adapter reads pages at `url` (host and, where it matters, path). */
  handles(url: URL): boolean;
  /**
   * Hosts that are the site itself (its own pages, CDNs, sister sites): a link there is the
   * site's navigation, never an outlet's article, even when the site also runs a news outlet.
   */
  readonly ownHosts: RegExp;
  /** The result or post links on the page, in document order, each anchor at most once. */
  findLinks(doc: Document): FoundLink[];
}

export interface FoundLink {
  anchor: HTMLAnchorElement;
  /**
   * Where the link really goes when its href cannot say (t.co): the URL or host the page shows
   * for it. Absent when the href (unwrapped) is the target.
   */
  shownTarget?: string;
  /**
   * The link's article when the page states it in data and the anchor points elsewhere (a new
   * Reddit link post's title goes to its comments; `content-href` is the article). Used as is.
   */
  statedTarget?: string;
}

/** The sites a reader can turn chips on for, one permission request each. */
export const SITES = {
  google: {
    name: 'Google Search and Google News',
    matches: ['*://www.google.com/*', '*://news.google.com/*'],
  },
  bing: { name: 'Bing', matches: ['*://www.bing.com/*'] },
  duckduckgo: {
    name: 'DuckDuckGo',
    matches: ['*://duckduckgo.com/*', '*://html.duckduckgo.com/*'],
  },
  'hacker-news': { name: 'Hacker News', matches: ['*://news.ycombinator.com/*'] },
  reddit: { name: 'Reddit', matches: ['*://www.reddit.com/*', '*://old.reddit.com/*'] },
  x: { name: 'X (Twitter)', matches: ['*://x.com/*', '*://twitter.com/*'] },
  facebook: { name: 'Facebook', matches: ['*://www.facebook.com/*', '*://m.facebook.com/*'] },
  youtube: { name: 'YouTube', matches: ['*://www.youtube.com/*'] },
  bluesky: { name: 'Bluesky', matches: ['*://bsky.app/*'] },
  yahoo: { name: 'Yahoo', matches: ['*://*.yahoo.com/*'] },
} as const satisfies Record<string, { name: string; matches: readonly string[] }>;
export type SiteId = keyof typeof SITES;
export const SITE_IDS = Object.keys(SITES) as SiteId[];
