import { z } from 'zod';
import { SourceSummary } from './source';

/** ISO 8601 date-time with an offset, e.g. 2021-10-18T14:05:00Z. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Article = z.object({
  id: z.string().min(1),
  /** Canonical URL (see core/url.ts); null for imported articles that came without one. */
  url: z.url().nullable(),
  title: z.string().min(1),
  /** The outlet's name as the article gave it, kept even when the outlet is not in the catalog. */
  outlet: z.string().min(1).nullable(),
  sourceId: z.string().min(1).nullable(),
  publishedAt: IsoDateTime.nullable(),
  storyId: z.string().min(1).nullable(),
});
export type Article = z.infer<typeof Article>;

/** An article as listed inside a story: with the outlet's name and combined position. */
export const StoryArticle = Article.extend({ source: SourceSummary.nullable() });
export type StoryArticle = z.infer<typeof StoryArticle>;
