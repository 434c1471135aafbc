import { z } from 'zod';
import { Article, IsoDateTime } from './article';
import { Source } from './source';
import { StorySummary } from './story';

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
