import { z } from 'zod';
import { DataSourcesReport } from './data-sources-report';
import { PageDetection } from './detected-article';
import {
  ChipSourcesAnswer,
  ChipSourcesRequest,
  ChipStoryAnswer,
  ChipStoryRequest,
} from './link-chips/chip-messages';
import { Story } from './story';
import { TabState } from './tab-state';

/** Per-tab state and its push: their own module (tab-state.ts), re-exported here. */
export { TabPhase, TabState, TabStatePush } from './tab-state';

/**
 * Every message between extension contexts. The direction is in the name: `content:` is sent
 * by the content script, `popup:` by the popup, `story:` by the story page, `options:` by the
 * options page; all go to the background, which answers with the response schema of the same
 * name. The popup reads and follows a tab's state itself (utils/shared/tab-state-channel.ts); the
 * background pushes `background:tab-state` to a tab's content script (the inline badge) and
 * broadcasts `background:source-index-changed` to the extension's pages (Options).
 */
export const ExtensionRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content:page-detected'), detection: PageDetection }),
  /** The inline badge asks about its own tab: the sender's tab decides which, not the message. */
  z.object({ type: z.literal('content:get-tab-state') }),
  /** The badge's "Open full story": a web page cannot open an extension page itself. */
  z.object({ type: z.literal('content:open-story'), storyId: z.string().min(1).max(200) }),
  z.object({ type: z.literal('popup:retry'), tabId: z.number().int() }),
  /** Link chips (issue 14): outlets of a batch of link targets; a link's story on opening its card. */
  ChipSourcesRequest,
  ChipStoryRequest,
  /**
   * Sent as the popup opens: detect the article in that tab now, if nothing did (click-only
   * mode, where no content script runs until the reader clicks; the click grants activeTab).
   */
  z.object({ type: z.literal('popup:inspect-tab'), tabId: z.number().int() }),
  z.object({ type: z.literal('story:get-story'), storyId: z.string().min(1).max(200) }),
  z.object({ type: z.literal('options:test-backend'), backendUrl: z.url() }),
  z.object({ type: z.literal('options:clear-cache') }),
  /** The raters of the source index in use now, and the backend: Options → Data sources. */
  z.object({ type: z.literal('options:get-data-sources') }),
]);
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;
export type ExtensionRequestType = ExtensionRequest['type'];

export const BackendTestResult = z.object({ ok: z.boolean(), message: z.string() });
export type BackendTestResult = z.infer<typeof BackendTestResult>;

/** The story page's answer: the story, or why there is none (for a person to read). */
export const StoryAnswer = z.discriminatedUnion('found', [
  z.object({ found: z.literal(true), story: Story }),
  z.object({ found: z.literal(false), message: z.string() }),
]);
export type StoryAnswer = z.infer<typeof StoryAnswer>;

/**
 * Broadcast by the background to the extension's pages after it stored a source index (a new one,
 * or the same one confirmed by the backend): an open Options page reloads "Data sources".
 */
export const SourceIndexChangedPush = z.object({
  type: z.literal('background:source-index-changed'),
});
export type SourceIndexChangedPush = z.infer<typeof SourceIndexChangedPush>;

export const ExtensionResponses = {
  'content:page-detected': z.object({ accepted: z.boolean() }),
  'content:get-tab-state': TabState,
  'content:open-story': z.object({ opened: z.boolean() }),
  'popup:retry': TabState,
  'popup:inspect-tab': TabState,
  'content:link-chip-sources': ChipSourcesAnswer,
  'content:link-chip-story': ChipStoryAnswer,
  'story:get-story': StoryAnswer,
  'options:test-backend': BackendTestResult,
  'options:clear-cache': z.object({ lookups: z.number().int(), tabs: z.number().int() }),
  'options:get-data-sources': DataSourcesReport,
} satisfies Record<ExtensionRequestType, z.ZodType>;

export type ExtensionResponse<T extends ExtensionRequestType> = z.infer<
  (typeof ExtensionResponses)[T]
>;

/** Every answer travels wrapped, so that a failure reaches the sender as data, not a throw. */
export const MessageEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
