import { z } from 'zod';
import { Article, IsoDateTime } from './article';
import { Source } from './source';
import { StorySummary } from './story';
import { URL_HASH_PREFIX_LENGTH } from './url-hash';

/** What the extension asks: "what do you know about the article at this URL?" */
export const LookupRequest = z
  .object({
    url: z
      .url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' })
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
  story: StorySummary.nullable(),
});
export type LookupResponse = z.infer<typeof LookupResponse>;

/** The private lookup: only a short prefix of the canonical URL's hash (see core/url-hash.ts). */
export const PrefixLookupRequest = z
  .object({
    prefix: z
      .string()
      .regex(
        new RegExp(`^[0-9a-f]{${URL_HASH_PREFIX_LENGTH}}$`),
        `prefix must be the first ${URL_HASH_PREFIX_LENGTH} lower-case hex digits of a SHA-256`,
      ),
  })
  .strict();
export type PrefixLookupRequest = z.infer<typeof PrefixLookupRequest>;

/** At most this many candidates per prefix: a prefix is shared by very few articles. */
export const MAX_PREFIX_CANDIDATES = 50;

export const PrefixCandidate = z.object({
  urlHash: z.string().regex(/^[0-9a-f]{64}$/),
  article: Article,
  story: StorySummary.nullable(),
});
export type PrefixCandidate = z.infer<typeof PrefixCandidate>;

export const PrefixLookupResponse = z.object({
  candidates: z.array(PrefixCandidate).max(MAX_PREFIX_CANDIDATES),
});
export type PrefixLookupResponse = z.infer<typeof PrefixLookupResponse>;
