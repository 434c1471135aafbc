import { z } from 'zod';
import { Article, IsoDateTime } from './article';
import { MAX_BUCKETS, MIN_BUCKET_ARTICLES } from './lookup-bucket';
import { Source } from './source';
import { StoryPreview } from './story';

/**
 * The opt-in "better matching" lookup: the extension sends the article's URL (and title), and
 * the backend answers with what it knows about that one article.
 */
export const LookupRequest = z
  .object({
    url: z
      .url({
        protocol: /^https?$/,
        // A request without a url is told so, not that its (absent) url is malformed.
        error: (issue) =>
          issue.input === undefined
            ? 'url is missing: send {"url": "https://…"}'
            : 'url must be an absolute http(s) URL',
      })
      .max(2048, 'url must be at most 2048 characters'),
    title: z.string().trim().min(1).max(500).optional(),
    publishedAt: IsoDateTime.optional(),
  })
  .strict();
export type LookupRequest = z.infer<typeof LookupRequest>;

/** Each part is null when the backend does not know it. */
export const LookupResponse = z.object({
  source: Source.nullable(),
  article: Article.nullable(),
  story: StoryPreview.nullable(),
});
export type LookupResponse = z.infer<typeof LookupResponse>;

/**
 * GET /v1/lookup/config: how the backend splits the hash space for private lookups
 * (core/lookup-bucket.ts), so that a bucket holds at least `minBucketArticles` articles.
 */
export const LookupConfig = z.object({
  buckets: z.number().int().min(1).max(MAX_BUCKETS),
  minBucketArticles: z.literal(MIN_BUCKET_ARTICLES),
});
export type LookupConfig = z.infer<typeof LookupConfig>;

/**
 * The private lookup, POST /v1/lookup/prefix: one bucket of the hash space, never the URL nor
 * its hash. `buckets` is what the backend said it uses; the backend answers for whatever
 * split it is asked about and says in the answer what it uses now.
 */
export const PrefixLookupRequest = z
  .object({
    bucket: z.number().int().min(0),
    buckets: z.number().int().min(1).max(MAX_BUCKETS),
  })
  .strict()
  .refine((request) => request.bucket < request.buckets, {
    message: 'bucket must be less than buckets',
    path: ['bucket'],
  });
export type PrefixLookupRequest = z.infer<typeof PrefixLookupRequest>;

/** At most this many candidates per answer (a bucket holds ~32 on average). */
export const MAX_PREFIX_CANDIDATES = 256;

/** One stored article of the bucket; its story, if any, is in the answer's `stories`. */
export const PrefixCandidate = z.object({
  urlHash: z.string().regex(/^[0-9a-f]{64}$/),
  article: Article,
});
export type PrefixCandidate = z.infer<typeof PrefixCandidate>;

export const PrefixLookupResponse = z.object({
  /** The split the backend uses now: the extension asks with it next time. */
  buckets: z.number().int().min(1).max(MAX_BUCKETS),
  candidates: z.array(PrefixCandidate).max(MAX_PREFIX_CANDIDATES),
  /** The preview of every candidate's story, each once. */
  stories: z.array(StoryPreview).max(MAX_PREFIX_CANDIDATES),
  /** True when the bucket held more than MAX_PREFIX_CANDIDATES articles (ask with `buckets`). */
  truncated: z.boolean(),
});
export type PrefixLookupResponse = z.infer<typeof PrefixLookupResponse>;
