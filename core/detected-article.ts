import { z } from 'zod';
import { IsoDateTime } from './article';
import { ArticleKind } from './article-kind';

/** The kind of article, where the page says so: core/article-kind.ts, shared with stored articles. */
export const ArticleType = ArticleKind;
export type ArticleType = ArticleKind;

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

/** A portal or aggregator the article is shown on (core/detect/portals.ts). */
export const PortalHost = z.object({
  /** The page's host, e.g. `www.msn.com`. */
  host: z.string().min(1).max(253),
  /** The portal's name as a reader knows it: "MSN", "Yahoo Finance". */
  name: z.string().min(1).max(100),
});
export type PortalHost = z.infer<typeof PortalHost>;

/**
 * The outlet a page credits with its article when that is not the site showing it: on a
 * portal, the provider credit or JSON-LD publisher; anywhere, a canonical link or
 * `original-source` meta pointing to another site. A hint, read from what the page says: the
 * background decides whether to believe it (core/portal-attribution.ts).
 */
export const OriginHint = z.object({
  /** The outlet's name as the page credits it ("Business Insider"), when given. */
  name: z.string().min(1).max(200).nullable(),
  /** The article's (or the outlet's) address on the outlet's own site, when given. */
  url: z.url().nullable(),
  /** Where the hint was read. */
  from: EvidenceSource,
});
export type OriginHint = z.infer<typeof OriginHint>;

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
  /** Set when the page is on a portal (MSN, Yahoo, an AMP cache…). */
  portal: PortalHost.nullable().optional(),
  /** The outlet the page credits, when it is not the site showing it. */
  origin: OriginHint.nullable().optional(),
});
export type DetectedArticle = z.infer<typeof DetectedArticle>;

/** The content script's verdict on a page: an article, or not one (and why, for debugging). */
export const PageDetection = z.discriminatedUnion('isArticle', [
  z.object({ isArticle: z.literal(true), pageUrl: z.url(), article: DetectedArticle }),
  z.object({
    isArticle: z.literal(false),
    pageUrl: z.url(),
    reason: z.string().max(200).optional(),
    /** The site's own name (og:site_name, application-name), to name a site Parallax lacks. */
    siteName: z.string().min(1).max(200).nullable().optional(),
  }),
]);
export type PageDetection = z.infer<typeof PageDetection>;
