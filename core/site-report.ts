import type { TabState } from './tab-state';

/** What the popup knows about a site Parallax does not rate, to name it and to report it. */
export interface UnknownSite {
  /** The page's host, e.g. `www.example-news.com`; null when the tab has no web page. */
  host: string | null;
  /** The site's own name (og:site_name), when the page gives one. */
  name: string | null;
  /** The portal the article was shown on, when it came through one. */
  via: string | null;
  /** The page's title, as detected, when it is an article. */
  title: string | null;
  /**
   * news-unrated: a news article (per detection), or an outlet the index holds without ratings;
   * not-news: the detection found no article on the page; unchecked: no detection reached the
   * background (still reading, or the page could not be read: utils/background/inspect-tab.ts).
   */
  kind: 'news-unrated' | 'not-news' | 'unchecked';
}

const hostOf = (url: string | null) => (url && URL.canParse(url) ? new URL(url).hostname : null);

/**
 * Whether a detection reached the background for this page: the page flow always records the
 * site's name, null when the page gives none; a state written without reading the page (a site
 * outside the index, utils/background/inspect-tab.ts) has no such entry at all.
 */
const wasRead = (state: TabState) => state.detected !== null || state.siteName !== undefined;

/** The tab's site as the popup names it, for a tab whose outlet Parallax does not rate. */
export function unknownSiteOf(state: TabState): UnknownSite {
  const host = hostOf(state.pageUrl);
  return {
    host,
    name: state.siteName ?? state.detected?.outlet ?? null,
    via: state.via?.name ?? null,
    title: state.detected?.title ?? null,
    kind:
      state.detected || state.source ? 'news-unrated' : wasRead(state) ? 'not-news' : 'unchecked',
  };
}

/**
 * The text "Copy a report" puts on the clipboard, for the reader to send where they choose
 * (an issue, an e-mail): the site, the page and why it is reported. Nothing is sent by
 * Parallax; the page's full address is left out (it may carry the reader's own tokens), its
 * host is enough to add an outlet.
 */
export function siteReportText(site: UnknownSite): string {
  const why = {
    'news-unrated':
      'Parallax found a news article here, but no rater in its index covers this outlet.',
    'not-news':
      'Parallax did not recognise this page as a news article. If this site is a news outlet, please consider adding it.',
    unchecked:
      'This site is not in Parallax’s index of rated outlets, and Parallax could not read the page.',
  }[site.kind];
  const lines = [
    'Parallax: please consider rating this outlet',
    '',
    `Site: ${site.host ?? 'unknown'}`,
    site.name ? `Name the site gives itself: ${site.name}` : null,
    site.via ? `Shown through: ${site.via}` : null,
    site.title ? `Page title: ${site.title}` : null,
    `Why: ${why}`,
  ];
  return lines.filter((line) => line !== null).join('\n');
}
