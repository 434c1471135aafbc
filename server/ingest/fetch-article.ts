import { decodeHtml } from './decode-html';
import { extractLede, type PageLede } from './extract-lede';
import { USER_AGENT } from './fetch-feed';
import { type FetchLimits, guardedGet } from './guarded-get';
import type { LedeResult } from './lede-worker';

export const HTML_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];

/**
 * An article page is smaller than a feed; 2 MiB holds the largest real pages in
 * ../shared/data/pages with room to spare, and 15 s is generous for one page.
 */
export const ARTICLE_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
  contentTypes: HTML_CONTENT_TYPES,
  contentLabel: 'an HTML page',
  accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
  allowHosts: new Set(),
  userAgent: USER_AGENT,
};

/** Turns a page's HTML into its lede: on this thread by default, LedeWorker's off it. */
export type ExtractLede = (html: string, url: string) => Promise<LedeResult>;

export const extractOnThisThread: ExtractLede = async (html, url) => ({
  ok: true,
  page: await extractLede(html, url),
});

export type ArticlePageResult =
  | { kind: 'ok' /** After redirects. */; url: string; page: PageLede }
  | { kind: 'failed'; url: string; reason: string };

/**
 * GETs an article page through the guarded fetch (SSRF guard on every hop, size, time and
 * content-type limits) and extracts its lede. Does not consult robots.txt: callers go through
 * ArticlePageFetcher, which does. Never throws.
 */
export async function fetchArticlePage(
  url: string,
  limits: Partial<FetchLimits> = {},
  extract: ExtractLede = extractOnThisThread,
): Promise<ArticlePageResult> {
  const fetched = await guardedGet(url, {}, { ...ARTICLE_FETCH_LIMITS, ...limits });
  if (fetched.kind === 'error') return { kind: 'failed', url: fetched.url, reason: fetched.reason };
  if (fetched.kind === 'not-modified') {
    return { kind: 'failed', url: fetched.url, reason: 'HTTP 304 to an unconditional request' };
  }
  const html = decodeHtml(fetched.body, fetched.contentType);
  const extracted = await extract(html, fetched.url);
  if (!extracted.ok) return { kind: 'failed', url: fetched.url, reason: extracted.reason };
  if (!extracted.page) return { kind: 'failed', url: fetched.url, reason: 'no article text found' };
  return { kind: 'ok', url: fetched.url, page: extracted.page };
}
