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
   * not-news: the detection found no article on the page.
   */
  kind: 'news-unrated' | 'not-news';
}

const hostOf = (url: string | null) => (url && URL.canParse(url) ? new URL(url).hostname : null);

/** The tab's site as the popup names it, for a tab whose outlet Parallax does not rate. */
export function unknownSiteOf(state: TabState): UnknownSite {
  const host = hostOf(state.pageUrl);
  return {
    host,
    name: state.siteName ?? state.detected?.outlet ?? null,
    via: state.via?.name ?? null,
    title: state.detected?.title ?? null,
    kind: state.detected || state.source ? 'news-unrated' : 'not-news',
  };
}

/**
 * The text "Copy a report" puts on the clipboard, for the reader to send where they choose
 * (an issue, an e-mail): the site, the page and why it is reported. Nothing is sent by
 * Parallax; the page's full address is left out (it may carry the reader's own tokens), its
 * host is enough to add an outlet.
 */
export function siteReportText(site: UnknownSite, version: string | null = null): string {
  const why =
    site.kind === 'news-unrated'
      ? 'Parallax found a news article here, but no rater in its index covers this outlet.'
      : 'Parallax did not recognise this page as a news article. If this site is a news outlet, please consider adding it.';
  const lines = [
    'Parallax: please consider rating this outlet',
    '',
    `Site: ${site.host ?? 'unknown'}`,
    site.name ? `Name the site gives itself: ${site.name}` : null,
    site.via ? `Shown through: ${site.via}` : null,
    site.title ? `Page title: ${site.title}` : null,
    `Why: ${why}`,
    version ? `Parallax version: ${version}` : null,
  ];
  return lines.filter((line) => line !== null).join('\n');
}
