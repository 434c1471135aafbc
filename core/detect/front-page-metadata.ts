import type { MetaTags } from './page-meta';
import { notArticleUrlReason } from './url-conventions';

const normalized = (text: string | null | undefined) =>
  text?.replace(/\s+/g, ' ').trim().toLowerCase() ?? '';

/** A story's headline, not a section's name ("World news", "Politics"). */
const MIN_HEADLINE_WORDS = 5;

/**
 * Does the page's metadata describe another page? Some single-page sites show one story while
 * the front page's metadata stays in place (a saved Yahoo News page of 2016: canonical
 * `us.yahoo.com/news/`, og:title "Yahoo News - Latest News & Headlines", over an AP story). The
 * tell is three things that each say something else: the canonical link names a home page or a
 * section front, the page's own `<title>` is a headline (five words or more) that an `<h1>`
 * prints (one story), and the share title (og:title, twitter:title) is neither that headline
 * nor a title containing it.
 * Then the page's own address, `<title>` and text are believed instead (core/detect/page-signals.ts).
 * A real section front's `<title>` is its name, short, and its share title says the same.
 */
export function describesAnotherPage(doc: Document, meta: MetaTags, pageUrl: URL): boolean {
  const canonical = doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  if (!canonical || !URL.canParse(canonical, pageUrl)) return false;
  if (notArticleUrlReason(new URL(canonical, pageUrl)) === null) return false;
  const title = normalized(doc.querySelector('title')?.textContent);
  if (title === '') return false;
  if (title.split(' ').length < MIN_HEADLINE_WORDS) return false;
  const headlines = [...doc.querySelectorAll('h1')];
  if (!headlines.some((heading) => normalized(heading.textContent) === title)) return false;
  const shareTitle = normalized(meta.get('og:title')?.[0] ?? meta.get('twitter:title')?.[0]);
  return shareTitle !== '' && !shareTitle.includes(title);
}

/** Tags that describe the page shared: the front page's, on a page they do not describe. */
const isShareTag = (key: string) =>
  key.startsWith('og:') || key.startsWith('twitter:') || key === 'description';

/** The page's meta tags without its share tags (OpenGraph, Twitter cards, description). */
export function withoutShareTags(meta: MetaTags): MetaTags {
  return new Map([...meta].filter(([key]) => !isShareTag(key)));
}
