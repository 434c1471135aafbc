import type { EvidenceSource } from '../detected-article';
import { firstMeta } from './page-meta';
import type { PageSignals } from './page-signals';
import { schemaSaysNotArticle } from './page-signals';
import { looksReaderable } from './readerable';
import { isMediaUrl, notArticleUrlReason } from './url-conventions';

export type ArticleVerdict =
  | { isArticle: true; from: EvidenceSource }
  | { isArticle: false; reason: string };

/** Dates only articles carry; Dublin Core dates also mark specs and reports, so not those. */
const ARTICLE_DATE_KEYS = [
  'article:published_time',
  'article:published',
  'parsely-pub-date',
  'sailthru.date',
  'publishdate',
  'pubdate',
  'date',
];

/**
 * Is this page one article? Strongest evidence first: the page's own schema.org article,
 * then OpenGraph's `og:type`; the URL's shape (home, section, tag, search, video, gallery)
 * overrules OpenGraph, which many sites set to "article" everywhere. A page that declares
 * nothing is an article only if it is dated and Readability finds an article's worth of text.
 */
export function articleVerdict(s: PageSignals, canonical: URL): ArticleVerdict {
  const ogType = firstMeta(s.meta, ['og:type'])?.toLowerCase() ?? null;
  for (const url of [s.pageUrl, canonical]) {
    const reason = notArticleUrlReason(url);
    // Home pages and search results never are, whatever their metadata says.
    if (reason === 'home page' || reason === 'search page') return { isArticle: false, reason };
  }
  if (s.article) return { isArticle: true, from: 'json-ld' };
  if (s.microdata) return { isArticle: true, from: 'microdata' };
  if (schemaSaysNotArticle(s)) return { isArticle: false, reason: 'schema.org list or gallery' };
  if (ogType?.startsWith('video') || (s.schemaTypes.has('VideoObject') && isMediaUrl(canonical))) {
    return { isArticle: false, reason: 'video page' };
  }
  const urlReason = notArticleUrlReason(canonical) ?? notArticleUrlReason(s.pageUrl);
  if (urlReason) return { isArticle: false, reason: urlReason };
  if (ogType === 'article') return { isArticle: true, from: 'og' };
  const dated =
    firstMeta(s.meta, ARTICLE_DATE_KEYS) !== null || s.doc.querySelector('time[datetime]') !== null;
  if (!dated) return { isArticle: false, reason: 'no article metadata and no date' };
  // Last signal, and the only costly one: it walks the page's paragraphs.
  if (looksReaderable(s.doc)) return { isArticle: true, from: 'readability' };
  return { isArticle: false, reason: 'dated, but not an article’s worth of text' };
}
