import { z } from 'zod';
import { IsoDateTime } from './article';

/** The kind of article, where the page says so (schema.org type, section or URL conventions). */
export const ArticleType = z.enum([
  'news',
  'opinion',
  'analysis',
  'live-blog',
  'review',
  'sponsored',
]);
export type ArticleType = z.infer<typeof ArticleType>;

/**
 * Where a detected value was read: schema.org JSON-LD, microdata, OpenGraph (`og:*` and
 * `article:*`), Twitter cards, other `<meta name>` tags (parsely, sailthru, Dublin Core…),
 * `<link rel=canonical|amphtml>`, `<time datetime>`, the `<title>` element, `<html lang>`,
 * the URL's conventions (/opinion/), Readability's heuristics, the page's own address, or
 * nothing at all (the default).
 */
export const EvidenceSource = z.enum([
  'json-ld',
  'microdata',
  'og',
  'twitter',
  'meta',
  'link',
  'time',
  'title',
  'html',
  'url',
  'readability',
  'page',
  'default',
]);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

export const DetectedField = z.enum([
  'isArticle',
  'url',
  'ampUrl',
  'title',
  'outlet',
  'authors',
  'publishedAt',
  'modifiedAt',
  'description',
  'language',
  'section',
  'type',
  'isAccessibleForFree',
]);
export type DetectedField = z.infer<typeof DetectedField>;

/** Which source each field came from; a field that was not found has no entry. */
export const Evidence = z.partialRecord(DetectedField, EvidenceSource);
export type Evidence = z.infer<typeof Evidence>;

/**
 * What the content script read from the page it runs on. `url`, `title`, `outlet` and
 * `publishedAt` are what the lookup needs; the rest describes the article more fully and is
 * optional so that older stored tab states still parse.
 */
export const DetectedArticle = z.object({
  /** The page's canonical URL (from its metadata), canonicalised. */
  url: z.url(),
  title: z.string().min(1).max(500),
  /** The outlet's own name for itself (JSON-LD publisher, og:site_name…), when given. */
  outlet: z.string().min(1).max(200).nullable(),
  publishedAt: IsoDateTime.nullable(),
  modifiedAt: IsoDateTime.nullable().optional(),
  ampUrl: z.url().nullable().optional(),
  authors: z.array(z.string().min(1).max(200)).max(20).optional(),
  description: z.string().min(1).max(1000).nullable().optional(),
  /** BCP 47 tag as the page declares it (`en-GB`, `pt-BR`). */
  language: z.string().min(1).max(35).nullable().optional(),
  section: z.string().min(1).max(200).nullable().optional(),
  type: ArticleType.optional(),
  /** Only when the page declares it (JSON-LD `isAccessibleForFree`, `article:content_tier`). */
  isAccessibleForFree: z.boolean().nullable().optional(),
  evidence: Evidence.optional(),
});
export type DetectedArticle = z.infer<typeof DetectedArticle>;

/** The content script's verdict on a page: an article, or not one (and why, for debugging). */
export const PageDetection = z.discriminatedUnion('isArticle', [
  z.object({ isArticle: z.literal(true), pageUrl: z.url(), article: DetectedArticle }),
  z.object({
    isArticle: z.literal(false),
    pageUrl: z.url(),
    reason: z.string().max(200).optional(),
  }),
]);
export type PageDetection = z.infer<typeof PageDetection>;
