import { z } from 'zod';

/**
 * The kind of article, where the page or its address says so (schema.org type, section or URL
 * conventions: core/detect/). The content script detects it for the page being read; the
 * backend infers it for the articles it stores (server/ingest/article-kind.ts).
 */
export const ArticleKind = z.enum([
  'news',
  'opinion',
  'analysis',
  'live-blog',
  'review',
  'sponsored',
]);
export type ArticleKind = z.infer<typeof ArticleKind>;

const LABELS: Record<ArticleKind, string | null> = {
  // News is what every article is taken to be: labelling it would tag almost every row.
  news: null,
  opinion: 'Opinion',
  analysis: 'Analysis',
  'live-blog': 'Live',
  review: 'Review',
  sponsored: 'Sponsored',
};

/** The word shown beside the outlet ("Opinion", "Live"), or null for plain news and unknown. */
export function articleKindLabel(kind: ArticleKind | null | undefined): string | null {
  return kind ? LABELS[kind] : null;
}
