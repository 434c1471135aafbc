import { z } from 'zod';
import { Article } from './article';
import { DetectedArticle, PageDetection } from './detected-article';
import { Source } from './source';
import { Story } from './story';

/**
 * What the background knows about one tab. `phase` says where the lookup stands, so that
 * every surface can show the same clear state:
 * - not-article: the page is not a news article (or not on a catalog outlet's site);
 * - loading: asking the backend;
 * - ready: the backend answered (story may still be null: "no story yet");
 * - backend-unreachable / backend-error: the source card still shows from the local index.
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

/**
 * Every message between extension contexts. The direction is in the name: `content:` is sent
 * by the content script, `popup:` by the popup, `options:` by the options page; all go to the
 * background, which answers with the response schema of the same name.
 */
export const ExtensionRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content:page-detected'), detection: PageDetection }),
  z.object({ type: z.literal('popup:get-tab-state'), tabId: z.number().int() }),
  z.object({ type: z.literal('popup:retry'), tabId: z.number().int() }),
  z.object({ type: z.literal('options:test-backend'), backendUrl: z.url() }),
]);
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;
export type ExtensionRequestType = ExtensionRequest['type'];

export const BackendTestResult = z.object({ ok: z.boolean(), message: z.string() });
export type BackendTestResult = z.infer<typeof BackendTestResult>;

export const ExtensionResponses = {
  'content:page-detected': z.object({ accepted: z.boolean() }),
  'popup:get-tab-state': TabState,
  'popup:retry': TabState,
  'options:test-backend': BackendTestResult,
} satisfies Record<ExtensionRequestType, z.ZodType>;

export type ExtensionResponse<T extends ExtensionRequestType> = z.infer<
  (typeof ExtensionResponses)[T]
>;

/** Every answer travels wrapped, so that a failure reaches the sender as data, not a throw. */
export const MessageEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
