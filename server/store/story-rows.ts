import type { Article, StoryArticle } from '../../core/article';
import type { BiasPosition } from '../../core/bias';
import { coverageOf, sideOf } from '../../core/coverage';
import type { Story, StorySummary } from '../../core/story';
import { isSyndicated, Wire } from '../../core/wire';
import { storyDataOf } from '../stories/story-data';

/** One article of a story as the repository reads it: the article joined to its source. */
export interface StoryArticleRow {
  id: string;
  url: string | null;
  title: string;
  outlet: string | null;
  source_id: string | null;
  published_at: string | null;
  story_id: string | null;
  source_name: string | null;
  source_position: number | null;
  /** The article's stored text; read for full stories only (overview and framing). */
  text?: string | null;
  /** Wire attribution (server/wire/); read for full stories only. */
  wire?: string | null;
  duplicate_of?: string | null;
}

/** A stored wire id as the contract knows it; an id this version does not know reads as none. */
function wireOf(value: string | null | undefined): Wire | null {
  const parsed = Wire.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The articles columns an `Article` is read from (`articleFromRow`); queries add what else they need. */
export const ARTICLE_COLUMNS = [
  'id',
  'url',
  'title',
  'outlet',
  'source_id',
  'published_at',
  'story_id',
] as const;

export function articleFromRow(
  row: Omit<StoryArticleRow, 'source_name' | 'source_position'>,
): Article {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    outlet: row.outlet,
    sourceId: row.source_id,
    publishedAt: row.published_at,
    storyId: row.story_id,
  };
}

/**
 * The key that makes outlets distinct for coverage: the catalog source when known, else the
 * outlet's name lower-cased (so "The Blog" and "the blog" count once, as unrated). Articles
 * that name no outlet at all are not counted as outlets: nothing says which outlet they are.
 */
function outletKey(row: StoryArticleRow): string | null {
  if (row.source_id) return `source:${row.source_id}`;
  const name = row.outlet?.trim().toLowerCase();
  return name ? `outlet:${name}` : null;
}

export function storySummaryFromRows(
  story: { id: string; title: string },
  rows: readonly StoryArticleRow[],
): StorySummary {
  const outlets = new Map<string, BiasPosition | null>();
  let firstSeen: string | null = null;
  let lastUpdated: string | null = null;
  for (const row of rows) {
    const key = outletKey(row);
    if (key) outlets.set(key, row.source_id ? (row.source_position as BiasPosition | null) : null);
    // Compared as instants: offsets other than "Z" would not sort correctly as text.
    if (row.published_at) {
      const at = Date.parse(row.published_at);
      if (!firstSeen || at < Date.parse(firstSeen)) firstSeen = row.published_at;
      if (!lastUpdated || at > Date.parse(lastUpdated)) lastUpdated = row.published_at;
    }
  }
  return {
    id: story.id,
    title: story.title,
    articleCount: rows.length,
    coverage: coverageOf(outlets),
    firstSeen,
    lastUpdated,
  };
}

/** Newest first; undated articles last; ties by id so that the order is stable. */
function newestFirst(a: StoryArticleRow, b: StoryArticleRow): number {
  if (a.published_at !== b.published_at) {
    if (a.published_at === null) return 1;
    if (b.published_at === null) return -1;
    return a.published_at < b.published_at ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A full story. With a `background` (term counts of stored articles, the framing prior), also its
 * overview, blindspot and framing (server/stories/); without, only articles and coverage.
 */
export function storyFromRows(
  story: { id: string; title: string },
  rows: readonly StoryArticleRow[],
  background?: ReadonlyMap<string, number>,
): Story {
  // Sorted here rather than in SQL: SQLite and PostgreSQL place NULLs differently.
  const articles: StoryArticle[] = [...rows].sort(newestFirst).map((row) => ({
    ...articleFromRow(row),
    source:
      row.source_id && row.source_name
        ? {
            id: row.source_id,
            name: row.source_name,
            position: row.source_position as BiasPosition | null,
          }
        : null,
    wire: wireOf(row.wire),
    duplicateOf: row.duplicate_of ?? null,
  }));
  const summary = {
    ...storySummaryFromRows(story, rows),
    // Coverage still counts every outlet that ran the story, copy or not: see core/story.ts.
    syndicatedArticles: articles.filter(isSyndicated).length,
  };
  if (!background) return { ...summary, articles };
  const data = storyDataOf(
    rows.map((row) => ({
      syndicated: isSyndicated({
        sourceId: row.source_id ?? null,
        wire: wireOf(row.wire),
        duplicateOf: row.duplicate_of ?? null,
      }),
      id: row.id,
      title: row.title,
      text: row.text ?? null,
      outlet: outletKey(row),
      side: row.source_id ? sideOf(row.source_position as BiasPosition | null) : 'unrated',
      publishedAt: row.published_at,
    })),
    summary.coverage,
    background,
  );
  return { ...summary, articles, ...data };
}
