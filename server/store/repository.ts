import type { Article } from '../../core/article';
import type { Source } from '../../core/source';
import type { Story, StorySummary } from '../../core/story';
import type { Wire } from '../../core/wire';
import type { DatabaseKind } from './open-database';
import type { ImportedRating, ImportRatingsResult } from './write-ratings';

/** An article to store: the contract's Article plus its text, which the API does not serve. */
export interface ArticleInput extends Article {
  text: string | null;
  /**
   * Where its text comes from (server/wire/): the wire it is attributed to and the earlier
   * article it is a near-copy of. Left undefined, a stored article keeps what it has.
   */
  wire?: Wire | null;
  duplicateOf?: string | null;
}

export interface UpsertArticlesResult {
  inserted: number;
  updated: number;
  /** Stories created or refreshed by this call (not those it emptied, which it deleted). */
  storyIds: string[];
}

/**
 * Everything routes, the importer and the catalog loader need from storage. Routes call this
 * and never touch SQL, so a test can hand the app a stub and the storage can change alone.
 */
export interface Repository {
  readonly kind: DatabaseKind;

  /** Cheap round trip to the database, for /healthz. */
  ping(): Promise<void>;

  /** In one transaction; each source's domains and ratings are replaced by the given ones. */
  upsertSources(sources: readonly Source[]): Promise<{ sources: number }>;
  /**
   * In one transaction: imported ratings, each replacing its rater's earlier rating of that
   * source, creating uncurated sources where asked; positions recomputed (store/write-ratings).
   */
  importRatings(items: readonly ImportedRating[]): Promise<ImportRatingsResult>;
  listSources(): Promise<Source[]>;
  getSource(id: string): Promise<Source | null>;
  /** The stored source a URL or host belongs to (see core SourceMatcher), or null. */
  matchSource(urlOrHost: string): Source | null;

  findArticleByUrl(canonicalUrl: string): Promise<Article | null>;
  /** Articles whose canonical URL's SHA-256 starts with `prefix` (private lookups), at most `limit`. */
  findArticlesByUrlHashPrefix(
    prefix: string,
    limit: number,
  ): Promise<{ urlHash: string; article: Article }[]>;
  /**
   * In one transaction: all or nothing. An article is the same as a stored one when it has the
   * same id or the same canonical URL; the stored row is then updated (keeping its id). Stories
   * named by `storyId` are created or refreshed from their articles; a story whose articles all
   * moved to another (a clustering merge) is deleted.
   */
  upsertArticles(articles: readonly ArticleInput[]): Promise<UpsertArticlesResult>;

  getStorySummary(id: string): Promise<StorySummary | null>;
  getStory(id: string): Promise<Story | null>;

  close(): Promise<void>;
}
