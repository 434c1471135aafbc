import { z } from 'zod';
import { ArticleKind } from './article-kind';
import { SourceSummary } from './source';
import { HttpUrl } from './web-url';
import { Wire } from './wire';

/** ISO 8601 date-time with an offset, e.g. 2021-10-18T14:05:00Z. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Article = z.object({
  id: z.string().min(1),
  /** Canonical URL (see core/url.ts); null for imported articles that came without one. */
  url: HttpUrl.nullable(),
  title: z.string().min(1),
  /** The outlet's name as the article gave it, kept even when the outlet is not in the catalog. */
  outlet: z.string().min(1).nullable(),
  sourceId: z.string().min(1).nullable(),
  publishedAt: IsoDateTime.nullable(),
  storyId: z.string().min(1).nullable(),
  /**
   * Opinion, analysis, live blog…, when its address or feed says so (server/ingest/article-kind.ts).
   * Absent when nothing says (taken as news) and from backends older than migration 0012. A kind
   * this version does not know reads as absent: a newer backend's kind must not fail the story.
   */
  kind: ArticleKind.optional().catch(undefined),
});
export type Article = z.infer<typeof Article>;

/**
 * An article as listed inside a story: with the outlet's name and combined position, and where
 * its text comes from when it is not the outlet's own (server/wire/). `wire` is also set on the
 * wire's own articles; `duplicateOf` names the earlier article (possibly in another story, or no
 * longer stored) whose text this one is a near-copy of. Both optional: older backends omit them.
 */
export const StoryArticle = Article.extend({
  source: SourceSummary.nullable(),
  wire: Wire.nullable().optional(),
  duplicateOf: z.string().min(1).nullable().optional(),
});
export type StoryArticle = z.infer<typeof StoryArticle>;
