import { browser } from 'wxt/browser';
import type { ExtensionRequest } from '../../core/messages';

type ContentRequest = Extract<ExtensionRequest, { type: `content:${string}` }>;

/**
 * The content script's side of the message protocol: it only tells, never needs an answer,
 * so it skips the response parsing (and zod) that `sendToBackground` brings. The request is
 * typed by the same union the background parses.
 */
export async function notifyBackground(request: ContentRequest): Promise<void> {
  await browser.runtime.sendMessage(request);
}
