import type { StoryArticle } from '../../core/article';
import type { BiasPosition } from '../../core/bias';
import { coverageOf, sideOf } from '../../core/coverage';
import type { Story, StorySummary } from '../../core/story';
import { isSyndicated } from '../../core/wire';
import type { StoryArticleRecord, StoryRecord, StoryViews } from '../store/records';
import { groupingOf } from './grouping';
import { representativeTitle } from './headline';
import { isReporting, storyDataOf } from './story-data';
import { previewOf } from './story-preview';

/**
 * Everything a request reads of one story, from its stored articles: built when the story
 * changes and stored as served (the one place a story field is computed; see README.md).
 * `background` is the framing prior (background.ts).
 */
export function buildStoryViews(
  record: StoryRecord,
  background: ReadonlyMap<string, number>,
): StoryViews {
  const summary = summaryOf(record);
  // Newest first, undated last, ties by id: sorted here so both dialects give one order.
  const ordered = [...record.articles].sort(newestFirst);
  const articles: StoryArticle[] = ordered.map((a) => ({
    id: a.id,
    url: a.url,
    title: a.title,
    outlet: a.outlet,
    sourceId: a.sourceId,
    publishedAt: a.publishedAt,
    storyId: a.storyId,
    source: a.source,
    wire: a.wire,
    duplicateOf: a.duplicateOf,
    ...(a.kind ? { kind: a.kind } : {}),
  }));
  const data = storyDataOf(
    ordered.map((a) => ({
      id: a.id,
      title: a.title,
      text: a.text,
      outlet: outletKey(a),
      side: sideOf(a.source?.position ?? null),
      publishedAt: a.publishedAt,
      syndicated: isSyndicated(a),
      ...(a.kind ? { kind: a.kind } : {}),
    })),
    summary.coverage,
    background,
  );
  const story: Story = {
    ...summary,
    articles,
    // Coverage still counts every outlet that ran the story, copy or not: see core/story.ts.
    syndicatedArticles: articles.filter(isSyndicated).length,
    ...data,
    grouping: groupingOf(record.articles),
  };
  return { id: record.id, title: summary.title, story, preview: previewOf(story) };
}

/**
 * Headline, coverage and dates. The headline is the representative title (headline.ts) of the
 * outlets' own articles when the story has any: a wire copy's title is the wire's, not how the
 * press titled the story (and one AP headline run by thirty papers would always win the vote).
 */
function summaryOf(record: StoryRecord): StorySummary {
  const outlets = new Map<string, BiasPosition | null>();
  let first: StoryArticleRecord | null = null;
  let last: StoryArticleRecord | null = null;
  for (const article of record.articles) {
    const key = outletKey(article);
    if (key) outlets.set(key, article.source?.position ?? null);
    // Compared as instants: offsets other than "Z" would not sort correctly as text.
    if (article.publishedAt) {
      const at = Date.parse(article.publishedAt);
      if (!first || at < Date.parse(first.publishedAt as string)) first = article;
      if (!last || at > Date.parse(last.publishedAt as string)) last = article;
    }
  }
  const originals = record.articles.filter((a) => !isSyndicated(a));
  // Nor is a column's headline ("The Senate should ratify…") how the press titled the story.
  const reporting = originals.filter(isReporting);
  const titled =
    reporting.length > 0 ? reporting : originals.length > 0 ? originals : record.articles;
  return {
    id: record.id,
    title: representativeTitle(titled) ?? record.id,
    articleCount: record.articles.length,
    coverage: coverageOf(outlets),
    firstSeen: first?.publishedAt ?? null,
    lastUpdated: last?.publishedAt ?? null,
  };
}

/**
 * The key that makes outlets distinct for coverage: the catalog source when known, else the
 * outlet's name lower-cased (so "The Blog" and "the blog" count once, as unrated). Articles
 * that name no outlet at all are not counted as outlets: nothing says which outlet they are.
 */
function outletKey(article: StoryArticleRecord): string | null {
  if (article.sourceId) return `source:${article.sourceId}`;
  const name = article.outlet?.trim().toLowerCase();
  return name ? `outlet:${name}` : null;
}

/** Newest first; undated articles last; ties by id so that the order is stable. */
function newestFirst(a: StoryArticleRecord, b: StoryArticleRecord): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
