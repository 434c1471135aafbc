import type { PageDetection } from '../../core/detected-article';
import { canonicalizeUrl } from '../../core/url';
import { type JsonLdNode, jsonLdNodes, textOf, typesOf } from './json-ld';
import { normalizePublishedAt } from './published-at';

/** schema.org types that mean "this page is one news/opinion/blog article". */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
]);

const MAX_TITLE = 500;
const MAX_OUTLET = 200;

function meta(doc: Document, key: string): string | null {
  const selector = `meta[property="${key}"], meta[name="${key}"]`;
  for (const element of doc.querySelectorAll(selector)) {
    const content = element.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function clip(text: string | null, max: number): string | null {
  const clean = text?.replace(/\s+/g, ' ').trim();
  return clean ? clean.slice(0, max) : null;
}

/** `<title>` usually ends with " | Outlet" or " - Outlet": the outlet is not the headline. */
function stripTitleSuffix(title: string): string {
  const stripped = title.replace(/\s+[|\-–—]\s+[^|\-–—]+$/, '').trim();
  return stripped || title;
}

function canonicalUrl(doc: Document, pageUrl: string): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    meta(doc, 'og:url'),
  ];
  for (const href of candidates) {
    if (!href) continue;
    try {
      // Relative canonical links are resolved against the page, as browsers do.
      const url = canonicalizeUrl(new URL(href, pageUrl).toString());
      if (url) return url;
    } catch {
      // An unusable canonical link: try the next candidate.
    }
  }
  return canonicalizeUrl(pageUrl);
}

/**
 * Reads a page's own metadata (OpenGraph, JSON-LD, `<link rel=canonical>`, `<time>`) and
 * decides whether it is a news article, and which. Pure: it only reads `doc`.
 */
export function detectArticle(doc: Document, pageUrl: string): PageDetection {
  const nodes = jsonLdNodes(doc);
  const articleNode: JsonLdNode | undefined = nodes.find((node) =>
    typesOf(node).some((type) => ARTICLE_TYPES.has(type)),
  );
  const isArticle = meta(doc, 'og:type')?.toLowerCase() === 'article' || articleNode !== undefined;

  const url = canonicalUrl(doc, pageUrl);
  const rawTitle = doc.querySelector('title')?.textContent ?? null;
  const title = clip(
    meta(doc, 'og:title') ??
      textOf(articleNode?.headline) ??
      (rawTitle ? stripTitleSuffix(rawTitle.trim()) : null),
    MAX_TITLE,
  );
  if (!isArticle || !url || !title) return { isArticle: false, pageUrl };

  const outlet = clip(meta(doc, 'og:site_name') ?? textOf(articleNode?.publisher), MAX_OUTLET);
  const publishedAt = normalizePublishedAt(
    meta(doc, 'article:published_time') ??
      textOf(articleNode?.datePublished) ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  );
  return { isArticle: true, pageUrl, article: { url, title, outlet, publishedAt } };
}
