import type { Kysely } from 'kysely';

/**
 * The tables as Kysely sees them. Portable types only, so both dialects behave the same:
 * timestamps are ISO 8601 text, booleans are 0/1 integers, lists are JSON text.
 */
export interface SourcesTable {
  id: string;
  name: string;
  country: string | null;
  language: string | null;
  owner: string | null;
  /** JSON array of feed URLs. */
  feeds: string;
  position: number | null;
  raters_disagree: number;
  /** JSON of core Ownership, or of null; SQL NULL when the catalog does not say. */
  ownership: string | null;
  /** JSON array of other names; SQL NULL when none are given. */
  aliases: string | null;
  /** JSON array of unverified field names; SQL NULL when none are recorded. */
  unverified: string | null;
  /** 1 for a source an importer created for a domain outside the catalog. */
  uncurated: number;
}

export interface SourceDomainsTable {
  domain: string;
  source_id: string;
  /** Keeps the catalog's order of domains. */
  ordinal: number;
}

export interface RatingsTable {
  source_id: string;
  rater: string;
  /** Keeps the catalog's order of ratings. */
  ordinal: number;
  entry: string | null;
  label: string;
  position: number | null;
  reliability: string | null;
  rated_on: string | null;
  url: string | null;
  attribution: string;
  score: number | null;
  /** JSON of core RatingProvenance; NULL for ratings curated in the catalog. */
  provenance: string | null;
}

export interface StoriesTable {
  id: string;
  /** The story's headline, as in its views (kept as a column for people reading the table). */
  title: string;
  /**
   * JSON of core StoryPreview and of core Story, as the API serves them, built by the story
   * service when the story changes (migration 0009). NULL until first built.
   */
  preview_json: string | null;
  story_json: string | null;
}

export interface ArticlesTable {
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  source_id: string | null;
  published_at: string | null;
  story_id: string | null;
  text: string | null;
  created_at: string;
  /**
   * SHA-256 of `url` (hex, indexed since migration 0009: bucket ranges) and its first 8 digits
   * (the older prefix lookup), for private lookups (core/url-hash.ts, core/lookup-bucket.ts).
   */
  url_hash: string | null;
  url_hash_prefix: string | null;
  /** The wire agency the text is attributed to (core/wire.ts), migration 0007. */
  wire: string | null;
  /** The earlier article this one's text is a near-copy of (no foreign key), migration 0007. */
  duplicate_of: string | null;
  /** The article's kind (core/article-kind.ts), NULL when nothing said; migration 0012. */
  kind: string | null;
}

export interface StoryAssignmentsTable {
  article_id: string;
  story_id: string;
  similarity: number;
  /** JSON array of the terms that drove the assignment. */
  terms: string;
  assigned_at: string;
}

/** How each polled feed is doing (migration 0006; server/store/feed-health.ts). */
export interface FeedHealthTable {
  feed_url: string;
  source_id: string | null;
  last_polled_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  consecutive_failures: number;
  items_seen: number;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: string | null;
}

/** The elected writer's fencing token: one row (migration 0011; server/store/writer-epoch.ts). */
export interface WriterEpochTable {
  id: number;
  epoch: number;
}

export interface Tables {
  sources: SourcesTable;
  source_domains: SourceDomainsTable;
  ratings: RatingsTable;
  stories: StoriesTable;
  articles: ArticlesTable;
  story_assignments: StoryAssignmentsTable;
  feed_health: FeedHealthTable;
  writer_epoch: WriterEpochTable;
}

export type Db = Kysely<Tables>;
