import type { PageDetection, PortalHost } from './detected-article';
import { comparableName as comparable } from './outlet-names';
import type { Source } from './source';

/** How the index is asked for an outlet. */
export interface OutletMatchers {
  /** The source a URL or host belongs to (core/source-match.ts), or null. */
  byUrl: (urlOrHost: string) => Source | null;
  /** The source an outlet's name belongs to, when the index can look names up. */
  byName?: (name: string) => Source | null;
}

/** Who wrote what the reader is reading, and where it is shown. */
export interface PageAttribution {
  /** The outlet: on a portal, the one the page credits; anywhere else, the site's own. */
  source: Source | null;
  /** The portal showing another outlet's article ("… via MSN"); null when the site wrote it. */
  via: PortalHost | null;
  /** The site's or credited outlet's name as the page gives it, to name an outlet Parallax lacks. */
  siteName: string | null;
  /**
   * The detection to look the story up with: on a portal, the article's address at its outlet
   * when the page gives one, since that is the address the outlet's feed carries.
   */
  detection: PageDetection;
}

/**
 * An outlet named by the page but not linked: its likely address from its name
 * ("Business Insider" → businessinsider.com), believed only when the index's outlet there has
 * that very name. A guess that misses finds nothing; it can never pick another outlet.
 */
export function sourceNamedLike(name: string, byUrl: OutletMatchers['byUrl']): Source | null {
  const slug = comparable(name);
  if (slug.length < 2) return null;
  for (const host of [`${slug}.com`, `the${slug}.com`]) {
    const source = byUrl(`https://${host}/`);
    const names = source ? [source.name, ...(source.aliases ?? [])] : [];
    if (source && names.some((known) => comparable(known) === slug)) return source;
  }
  return null;
}

/** A portal the index flags as one (the detector knows the common ones by host). */
function portalFromIndex(source: Source | null, pageUrl: string): PortalHost | null {
  // The index marks portal outlets; until every index carries the flag it may be absent.
  if ((source as (Source & { portal?: unknown }) | null)?.portal !== true || !source) return null;
  return URL.canParse(pageUrl) ? { host: new URL(pageUrl).hostname, name: source.name } : null;
}

/** An address that is an article's, not the outlet's home page. */
const isArticleUrl = (url: string) => URL.canParse(url) && new URL(url).pathname.length > 1;

/**
 * Attributes a page to its outlet. The site's own outlet comes from the URL the browser
 * reports, never from what the page claims, except on a portal (MSN, Yahoo, AOL, an AMP
 * cache…), a known site that shows other outlets' articles and credits them in its metadata:
 * there the credited outlet wrote it, and the portal is named as the way it reached the reader.
 */
export function attributePage(
  detection: PageDetection,
  pageUrl: string,
  match: OutletMatchers,
): PageAttribution {
  const pageSource = match.byUrl(pageUrl);
  if (!detection.isArticle) {
    return { source: pageSource, via: null, siteName: detection.siteName ?? null, detection };
  }
  const { article } = detection;
  const own: PageAttribution = {
    source: pageSource,
    via: null,
    siteName: article.outlet,
    detection,
  };
  const portal = article.portal ?? portalFromIndex(pageSource, pageUrl);
  const origin = article.origin;
  if (!portal || !origin) return own;

  const byUrl = origin.url ? match.byUrl(origin.url) : null;
  const byName = origin.name
    ? (match.byName?.(origin.name) ?? sourceNamedLike(origin.name, match.byUrl))
    : null;
  const source = byUrl ?? byName;
  // The portal credits itself (a Yahoo Finance staff article): no "via".
  if (source && pageSource && source.id === pageSource.id) return own;
  const originHost = origin.url ? new URL(origin.url).hostname.replace(/^www\./, '') : null;
  const siteName = origin.name ?? source?.name ?? originHost;
  const lookupUrl =
    origin.url && byUrl && isArticleUrl(origin.url) ? origin.url : (article.url as string);
  return {
    source,
    via: portal,
    siteName,
    detection: { ...detection, article: { ...article, url: lookupUrl } },
  };
}
