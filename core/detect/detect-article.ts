import type { DetectedArticle, Evidence, PageDetection } from '../detected-article';
import {
  accessibleForFreeOf,
  ampUrlOf,
  articleTypeOf,
  authorsOf,
  canonicalUrlOf,
  descriptionOf,
  languageOf,
  modifiedAtOf,
  outletFromTitleElement,
  outletOf,
  publishedAtOf,
  sectionOf,
  titleOf,
} from './article-fields';
import { articleVerdict } from './is-article';
import { originHintOf } from './origin-hint';
import { firstMeta } from './page-meta';
import { readPageSignals } from './page-signals';
import { resolvedWebUrl, type UrlCanonicalizer } from './page-url';
import type { Picked } from './pick';
import { portalOf } from './portals';

/**
 * Reads a page's own metadata (JSON-LD, microdata, OpenGraph, Twitter cards, `<meta>` tags,
 * `<link rel=canonical>`, `<time>`) and decides whether it is an article, and which; each
 * field says where it was found (`evidence`). Pure: it only reads `doc`.
 *
 * URLs are reported resolved (`resolvedWebUrl`) unless `canonicalize` says otherwise: the
 * CLI and tests pass core/url.ts's canonicalizeUrl; the content script leaves that to the
 * background, which has the public-suffix list.
 */
export function detectArticle(
  doc: Document,
  pageUrl: string,
  canonicalize: UrlCanonicalizer = resolvedWebUrl,
): PageDetection {
  let base: URL;
  try {
    base = new URL(pageUrl);
  } catch {
    return { isArticle: false, pageUrl, reason: 'the page address is not a URL' };
  }
  const signals = readPageSignals(doc, base);
  const url = canonicalUrlOf(signals, canonicalize);
  const canonical = new URL(url.value);
  const verdict = articleVerdict(signals, canonical);
  if (!verdict.isArticle) {
    // The site's own name, so that a site Parallax does not know can still be named.
    const siteName = firstMeta(signals.meta, ['og:site_name', 'application-name'])?.slice(0, 200);
    return { isArticle: false, pageUrl, reason: verdict.reason, ...(siteName && { siteName }) };
  }

  const evidence: Evidence = { isArticle: verdict.from };
  const take = <T>(field: keyof Evidence, picked: Picked<T> | null): T | null => {
    if (!picked) return null;
    evidence[field] = picked.from;
    return picked.value;
  };
  let outlet = take('outlet', outletOf(signals));
  const authors = take('authors', authorsOf(signals)) ?? [];
  const section = take('section', sectionOf(signals));
  const names = [outlet, ...authors, section, ...(signals.meta.get('og:site_name') ?? [])];
  const title = take('title', titleOf(signals, names));
  if (!title) {
    const reason = 'no title anywhere on the page';
    return { isArticle: false, pageUrl, reason, ...(outlet && { siteName: outlet }) };
  }
  outlet ??= take('outlet', outletFromTitleElement(signals, title));
  const portal = portalOf(base.hostname);

  const article: DetectedArticle = {
    url: take('url', url) as string,
    title,
    outlet,
    publishedAt: take('publishedAt', publishedAtOf(signals)),
    modifiedAt: take('modifiedAt', modifiedAtOf(signals)),
    ampUrl: take('ampUrl', ampUrlOf(signals, canonicalize)),
    authors,
    description: take('description', descriptionOf(signals)),
    language: take('language', languageOf(signals)),
    section,
    type: take('type', articleTypeOf(signals, canonical, section, title)) ?? 'news',
    isAccessibleForFree: take('isAccessibleForFree', accessibleForFreeOf(signals)),
    evidence,
    portal,
    origin: originHintOf(signals, canonicalize, portal),
  };
  return { isArticle: true, pageUrl, article };
}
