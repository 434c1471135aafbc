import { z } from 'zod';
import { Article } from './article';
import { DetectedArticle } from './detected-article';
import { Source } from './source';
import { Story } from './story';

/**
 * What the background knows about one tab. `phase` says where the lookup stands, so that
 * every surface can show the same clear state:
 * - not-article: the page is not a news article (or not on a catalog outlet's site);
 * - loading: asking the backend;
 * - ready: the backend answered (story may still be null: "no story yet");
 * - backend-unreachable / backend-error: the source card still shows from the local index.
 *
 * Apart from messages.ts (which re-exports it) so that the popup's first paint builds only
 * the schemas it parses, not every message's.
 */
export const TabPhase = z.enum([
  'not-article',
  'loading',
  'ready',
  'backend-unreachable',
  'backend-error',
]);
export type TabPhase = z.infer<typeof TabPhase>;

export const TabState = z.object({
  tabId: z.number().int(),
  pageUrl: z.url().nullable(),
  phase: TabPhase,
  detected: DetectedArticle.nullable(),
  /** From the local index: needs no network. */
  source: Source.nullable(),
  article: Article.nullable(),
  story: Story.nullable(),
  /** For backend-unreachable / backend-error: what happened, for a person. */
  message: z.string().nullable(),
  updatedAt: z.number().int(),
});
export type TabState = z.infer<typeof TabState>;
