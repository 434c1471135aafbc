import type { Article } from '../../core/article';
import type { BiasPosition } from '../../core/bias';
import type { Story, StoryPreview } from '../../core/story';
import type { Wire } from '../../core/wire';

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
  /**
   * Stories whose articles this call changed: the ones named and the ones an article moved out
   * of. Their views are stale until the story service refreshes them (server/stories/).
   */
  storyIds: string[];
}

/** One article of a story as the store reads it for the story service: with text and outlet. */
export interface StoryArticleRecord extends ArticleInput {
  storyId: string;
  wire: Wire | null;
  duplicateOf: string | null;
  /** The catalog source it belongs to, as stored now (null when none or unknown). */
  source: { id: string; name: string; position: BiasPosition | null } | null;
  /**
   * Why the clusterer placed it in this story (story_assignments), or null when it did not (the
   * story came with the article: an import's own grouping). Optional: tests' records omit it.
   */
  assignment?: { similarity: number; terms: readonly string[] } | null;
}

/** A story's stored articles: everything the story service builds its views from. */
export interface StoryRecord {
  id: string;
  articles: StoryArticleRecord[];
}

/**
 * What a request reads of a story, built by the story service when the story changes and stored
 * as it is served: `title` is also a column (for people reading the table), the rest JSON.
 */
export interface StoryViews {
  id: string;
  title: string;
  preview: StoryPreview;
  story: Story;
}

/** Why the clusterer placed an article in its story (table story_assignments). */
export interface AssignmentRecord {
  articleId: string;
  storyId: string;
  similarity: number;
  terms: readonly string[];
}
