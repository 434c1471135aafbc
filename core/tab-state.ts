import { z } from 'zod';
import { DetectedArticle, PortalHost } from './detected-article';
import { Source } from './source';
import { StoryPreview } from './story';

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
  /** The portal showing `source`'s article ("… via MSN"), core/portal-attribution.ts. */
  via: PortalHost.nullable().optional(),
  /** The site's (or credited outlet's) own name, to name an outlet the index lacks. */
  siteName: z.string().min(1).max(200).nullable().optional(),
  /** The backend's id for the article read here: the popup leaves it out of "other outlets". */
  articleId: z.string().min(1).nullable(),
  /**
   * What the badge and the popup show of the story, all of it, as the lookup answered: never
   * the full story, which only the story page fetches (by the reader's click).
   */
  story: StoryPreview.nullable(),
  /** For backend-unreachable / backend-error: what happened, for a person. */
  message: z.string().nullable(),
  updatedAt: z.number().int(),
});
export type TabState = z.infer<typeof TabState>;

/**
 * Pushed by the background to a tab's content script whenever that tab's state changes (the
 * tab-state channel's write): content scripts cannot read storage.session.
 */
export const TabStatePush = z.object({
  type: z.literal('background:tab-state'),
  state: TabState.nullable(),
});
export type TabStatePush = z.infer<typeof TabStatePush>;
