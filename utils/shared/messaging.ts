import { type Browser, browser } from 'wxt/browser';
import {
  type ExtensionRequest,
  ExtensionRequest as ExtensionRequestSchema,
  type ExtensionRequestType,
  type ExtensionResponse,
  ExtensionResponses,
  MessageEnvelope,
  SourceIndexChangedPush,
} from '../../core/messages';

/**
 * The one message protocol between extension contexts. Every request is a member of the
 * `ExtensionRequest` union (direction in the type's prefix), every answer travels in a
 * `MessageEnvelope` and is parsed with the response schema of the same name on arrival.
 */

type RequestOf<T extends ExtensionRequestType> = Extract<ExtensionRequest, { type: T }>;
export type MessageSender = Browser.runtime.MessageSender;

/** Sends a request to the background and returns its parsed answer; throws on failure. */
export async function sendToBackground<T extends ExtensionRequestType>(
  request: RequestOf<T>,
): Promise<ExtensionResponse<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const envelope = MessageEnvelope.safeParse(raw);
  if (!envelope.success) {
    throw new Error(
      `The Parallax background gave no valid answer to "${request.type}". ` +
        'Try reloading the extension.',
    );
  }
  if (!envelope.data.ok) throw new Error(envelope.data.error);
  const schema = ExtensionResponses[request.type as T];
  const value = schema.safeParse(envelope.data.value);
  if (!value.success) {
    throw new Error(
      `The Parallax background answered "${request.type}" with an unexpected shape: ` +
        `${value.error.issues[0]?.message ?? 'invalid'}.`,
    );
  }
  return value.data as ExtensionResponse<T>;
}

export type RequestHandlers = {
  [T in ExtensionRequestType]: (
    request: RequestOf<T>,
    sender: MessageSender,
  ) => Promise<ExtensionResponse<T>> | ExtensionResponse<T>;
};

type Envelope = { ok: true; value: unknown } | { ok: false; error: string };

/** Whether the sender is one of our own extension pages (popup, options, story page). */
function isExtensionPage(sender: MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Who may send what. A web page must never drive the background: only our own extension
 * may talk at all, `content:` messages must come from a content script in a web page's top
 * frame, and `popup:`/`options:` only from our own pages. The popup can be opened in a
 * regular tab (sender.tab set), so the page's URL decides, not the presence of a tab.
 */
export function isAllowedSender(type: ExtensionRequestType, sender: MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (type.startsWith('content:')) {
    return sender.tab?.id !== undefined && sender.frameId === 0 && !isExtensionPage(sender);
  }
  return isExtensionPage(sender);
}

/**
 * Parses, checks and answers one incoming message. Returns undefined for anything that is
 * not one of our requests, so that the message is left unanswered.
 */
export async function dispatchRequest(
  message: unknown,
  sender: MessageSender,
  handlers: RequestHandlers,
): Promise<Envelope | undefined> {
  const parsed = ExtensionRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  if (!isAllowedSender(request.type, sender)) {
    return { ok: false, error: `"${request.type}" is not accepted from this sender.` };
  }
  try {
    // The union is correlated with `handlers` by `type`; TypeScript cannot see that here.
    const handler = handlers[request.type] as (
      request: ExtensionRequest,
      sender: MessageSender,
    ) => unknown;
    return { ok: true, value: await handler(request, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the background's handlers; returns a function that unregisters them. */
export function handleBackgroundRequests(handlers: RequestHandlers): () => void {
  const listener = (
    message: unknown,
    sender: MessageSender,
    sendResponse: (response?: unknown) => void,
  ): boolean => {
    if (!ExtensionRequestSchema.safeParse(message).success) return false;
    // sendResponse + `return true` works in every browser, with or without the polyfill.
    void dispatchRequest(message, sender, handlers).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Background: tells open extension pages that the stored source index changed. Usually no page
 * listens (no Options page open), so "no receiver" is the normal answer and is ignored.
 */
export function announceSourceIndexChanged(): void {
  const push: SourceIndexChangedPush = { type: 'background:source-index-changed' };
  try {
    void Promise.resolve(browser.runtime.sendMessage(push)).catch(() => undefined);
  } catch {
    // No listener at all (the fake browser in unit tests throws synchronously).
  }
}

/**
 * Extension pages: calls `listener` whenever the background announces a new stored source index.
 * Answers nothing (returns undefined), so the message stays free for any other receiver.
 * Returns the function that stops listening.
 */
export function onSourceIndexChanged(listener: () => void): () => void {
  const onPush = (message: unknown, sender: MessageSender): undefined => {
    if (sender.id !== browser.runtime.id) return;
    if (SourceIndexChangedPush.safeParse(message).success) listener();
  };
  browser.runtime.onMessage.addListener(onPush);
  return () => browser.runtime.onMessage.removeListener(onPush);
}
