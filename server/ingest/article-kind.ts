import type { ArticleKind } from '../../core/article-kind';
import { articleTypeFromHeadline, articleTypeFromUrl } from '../../core/detect/url-conventions';
import type { ArticleInput } from '../store/records';

/**
 * The kind an article's address or headline says it is, by the conventions the content script
 * reads on the page itself (core/detect/url-conventions.ts): a section in the path
 * (`/opinion/…`, `/commentisfree/…`, `/live/…`), or a label opening the headline ("Opinion: …",
 * "Analysis | …"). Undefined when neither says: the article is then taken as news.
 */
export function inferArticleKind(
  article: Pick<ArticleInput, 'url' | 'title'>,
): ArticleKind | undefined {
  const fromUrl = article.url ? articleTypeFromUrl(new URL(article.url)) : null;
  return fromUrl ?? articleTypeFromHeadline(article.title) ?? undefined;
}

/**
 * The kind a feed's categories say ("Opinion", "News Analysis", "Live Updates", "Sponsored"),
 * each read as a section of a path by the same conventions (a category is the feed's name for
 * the section): "Live Nation" or "Book reviews and more" say nothing, as `/live-nation/` would
 * not. The first category that says a kind wins; undefined when none does.
 */
export function kindFromCategories(
  categories: readonly string[] | undefined,
): ArticleKind | undefined {
  for (const category of categories ?? []) {
    const slug = category
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .replace(/[^a-z0-9-]/g, '');
    if (slug === '') continue;
    const kind = articleTypeFromUrl(new URL(`https://feed.invalid/${slug}/item`));
    if (kind) return kind;
  }
  return undefined;
}

/** The article with the kind it states, else the one inferred (inferArticleKind), if any. */
export function withKind<T extends ArticleInput>(article: T): T {
  if (article.kind) return article;
  const kind = inferArticleKind(article);
  return kind ? { ...article, kind } : article;
}
