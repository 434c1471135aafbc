import { TabState, TabStatePush } from '../../core/tab-state';
import { TAB_STATE_PREFIX, tabStateKey } from './tab-state-key';

/**
 * The one channel of per-tab state (core/tab-state.ts): the background writes it, the popup
 * reads and subscribes, the inline badge is pushed to. It lives in storage.session, not in the
 * worker's memory: the MV3 service worker can be stopped at any moment, and the popup must
 * still find what was looked up. Every read is parsed here, so a value an older version (or a
 * damaged write) left behind reads as nothing, never as a wrong state.
 *
 * The functions take the extension API as a parameter: the background passes the polyfill's
 * `browser`, the popup the browser's own (utils/popup/native-browser.ts), so that its first
 * paint loads no polyfill.
 */

interface StorageChange {
  newValue?: unknown;
}
type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

/** What reading and subscribing need: any extension page has it. */
export interface TabStateReader {
  storage: {
    session: { get(keys: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: ChangeListener): void;
      removeListener(listener: ChangeListener): void;
    };
  };
}

/** What writing needs: the background's API (storage.session and messages to tabs). */
export interface TabStateWriter {
  storage: {
    session: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** A stored value as a tab state; null when absent or no longer valid. */
export function parseTabState(stored: unknown): TabState | null {
  const parsed = TabState.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function readTabState(api: TabStateReader, tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  return parseTabState((await api.storage.session.get(key))[key]);
}

/**
 * Calls `listener` with the tab's state each time the background writes it (null when it is
 * removed), until the returned function is called.
 */
export function subscribeTabState(
  api: TabStateReader,
  tabId: number,
  listener: (state: TabState | null) => void,
): () => void {
  const key = tabStateKey(tabId);
  const onChanged: ChangeListener = (changes, area) => {
    const change = changes[key];
    if (area === 'session' && change) listener(parseTabState(change.newValue));
  };
  api.storage.onChanged.addListener(onChanged);
  return () => api.storage.onChanged.removeListener(onChanged);
}

/**
 * Stores a tab's state and pushes it to the tab's content script (the inline badge): content
 * scripts cannot read storage.session (its default access level is trusted contexts only).
 */
export async function writeTabState(api: TabStateWriter, state: TabState): Promise<void> {
  const parsed = TabState.parse(state);
  await api.storage.session.set({ [tabStateKey(parsed.tabId)]: parsed });
  pushToTab(api, parsed.tabId, parsed);
}

export async function removeTabState(api: TabStateWriter, tabId: number): Promise<void> {
  await api.storage.session.remove(tabStateKey(tabId));
  pushToTab(api, tabId, null);
}

/** Removes every tab's state ("Clear cached data"); answers which tabs had one. */
export async function removeAllTabStates(api: TabStateWriter): Promise<number[]> {
  const keys = Object.keys(await api.storage.session.get(null)).filter((key) =>
    key.startsWith(TAB_STATE_PREFIX),
  );
  await api.storage.session.remove(keys);
  for (const key of keys) pushToTab(api, Number(key.slice(TAB_STATE_PREFIX.length)), null);
  return keys.map((key) => Number(key.slice(TAB_STATE_PREFIX.length)));
}

/**
 * The content script's side: the state a message from the background pushes, or undefined
 * when the message is not a tab-state push.
 */
export function tabStateFromPush(message: unknown): TabState | null | undefined {
  const push = TabStatePush.safeParse(message);
  return push.success ? push.data.state : undefined;
}

/**
 * Most tabs have no badge loaded, so "no receiver" is the normal answer and is ignored; the
 * state reaches the badge again when it asks (content:get-tab-state) on mounting.
 */
function pushToTab(api: TabStateWriter, tabId: number, state: TabState | null): void {
  const push: TabStatePush = { type: 'background:tab-state', state };
  try {
    void Promise.resolve(api.tabs.sendMessage(tabId, push)).catch(() => undefined);
  } catch {
    // The fake browser in unit tests, or a tab that is gone.
  }
}

/** What a tab with nothing stored looks like: the content script never reported there. */
export function emptyTabState(tabId: number, now = Date.now()): TabState {
  return {
    tabId,
    pageUrl: null,
    phase: 'not-article',
    detected: null,
    source: null,
    articleId: null,
    story: null,
    message: null,
    updatedAt: now,
  };
}
