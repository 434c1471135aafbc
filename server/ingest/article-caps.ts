import type { ArticleInput } from '../store/records';

/**
 * The most of an article's title and text Parallax keeps, on every way in (feeds, article
 * pages, `parallax import`, and the story service's write path as a backstop). Stories are
 * built from the stored text when they change: an unbounded text (one import line carried
 * 3.8 MB) made building its story take seconds. 20,000 characters is a long article; feed
 * summaries and ledes are capped tighter where they are read (parse-feed.ts, extract-lede.ts).
 */
export const MAX_TITLE_CHARS = 500;
export const MAX_TEXT_CHARS = 20_000;

/** The article with its title and text cut to the caps, and whether anything was cut. */
export function capArticle<T extends Pick<ArticleInput, 'title' | 'text'>>(
  article: T,
): { article: T; capped: boolean } {
  const title = cut(article.title, MAX_TITLE_CHARS);
  const text = article.text === null ? null : cut(article.text, MAX_TEXT_CHARS);
  if (title === article.title && text === article.text) return { article, capped: false };
  return { article: { ...article, title, text }, capped: true };
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end);
}

/**
 * The text without NUL (U+0000), on every way in. PostgreSQL's text cannot hold it (one NUL
 * failed a whole import batch there while SQLite stored it), and no title, summary or id means
 * anything by it: dropping it on both backends keeps them storing the same thing.
 */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}
