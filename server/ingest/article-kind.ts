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

/** The article with the kind it states, else the one inferred (inferArticleKind), if any. */
export function withKind<T extends ArticleInput>(article: T): T {
  if (article.kind) return article;
  const kind = inferArticleKind(article);
  return kind ? { ...article, kind } : article;
}
