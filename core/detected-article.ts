import { z } from 'zod';
import { IsoDateTime } from './article';

/** What the content script read from the page it runs on. */
export const DetectedArticle = z.object({
  /** The page's canonical URL (from its metadata), canonicalised. */
  url: z.url(),
  title: z.string().min(1).max(500),
  /** The outlet's own name for itself (og:site_name, JSON-LD publisher), when given. */
  outlet: z.string().min(1).max(200).nullable(),
  publishedAt: IsoDateTime.nullable(),
});
export type DetectedArticle = z.infer<typeof DetectedArticle>;

/** The content script's verdict on a page: an article, or not one. */
export const PageDetection = z.discriminatedUnion('isArticle', [
  z.object({ isArticle: z.literal(true), pageUrl: z.url(), article: DetectedArticle }),
  z.object({ isArticle: z.literal(false), pageUrl: z.url() }),
]);
export type PageDetection = z.infer<typeof PageDetection>;
