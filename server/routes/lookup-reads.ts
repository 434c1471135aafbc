import type { Article } from '../../core/article';
import type { Source } from '../../core/source';
import type { StoryPreview } from '../../core/story';
import type { HashedArticle } from '../store/articles-part';
import type { Store } from '../store/store';
import type { StoryService } from '../stories/story-service';

/**
 * Everything the lookup routes (lookup, prefix-lookup, lookup-config) read, and nothing else:
 * articles and outlets from the store, story previews from the story service (built when a
 * story changes, never per request).
 */
export interface LookupReads {
  /** How many articles have a URL hash (read at start and on a timer, never per request). */
  countArticles(): Promise<number>;
  /**
   * Stored articles whose URL hash h has `from <= h` and, when `to` is not null, `h < to`
   * (core/lookup-bucket.ts bucketRange), in hash order, at most `limit`: an indexed range read.
   */
  articlesInHashRange(from: string, to: string | null, limit: number): Promise<HashedArticle[]>;
  /** The previews of the stories with these ids that exist, each once. */
  storyPreviews(storyIds: readonly string[]): Promise<StoryPreview[]>;
  findArticleByUrl(canonicalUrl: string): Promise<Article | null>;
  /** The catalog source a URL belongs to, or null (in memory: no database read). */
  matchSource(urlOrHost: string): Source | null;
}

export function lookupReadsOf(
  store: Pick<Store, 'articles' | 'sources'>,
  stories: Pick<StoryService, 'previews'>,
): LookupReads {
  return {
    countArticles: () => store.articles.count(),
    articlesInHashRange: (from, to, limit) => store.articles.inHashRange(from, to, limit),
    storyPreviews: (storyIds) => stories.previews(storyIds),
    findArticleByUrl: (canonicalUrl) => store.articles.byUrl(canonicalUrl),
    matchSource: (urlOrHost) => store.sources.match(urlOrHost),
  };
}
