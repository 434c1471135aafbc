import { browser } from 'wxt/browser';
import { TabState, type TabStatePush } from '../../core/messages';
import { tabStateKey as keyOf } from './tab-state-key';

/**
 * Per-tab state lives in storage.session, not in memory: the MV3 service worker can be
 * stopped at any moment, and the popup must still find what was looked up.
 */

/** The stored state of a tab, or null when none is stored or it no longer parses. */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  const parsed = TabState.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function writeTabState(state: TabState): Promise<void> {
  const parsed = TabState.parse(state);
  await browser.storage.session.set({ [keyOf(state.tabId)]: parsed });
  pushToTab(state.tabId, parsed);
}

export async function removeTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
  pushToTab(tabId, null);
}

/**
 * Tells the tab's inline badge (if one is listening) that its state changed. Most tabs have no
 * badge loaded, so "no receiver" is the normal answer and is ignored.
 */
function pushToTab(tabId: number, state: TabState | null): void {
  const push: TabStatePush = { type: 'background:tab-state', state };
  try {
    void Promise.resolve(browser.tabs.sendMessage(tabId, push)).catch(() => undefined);
  } catch {
    // The fake browser in unit tests, or a tab that is gone.
  }
}

/** What a tab with nothing stored looks like: the content script never ran there. */
export function emptyTabState(tabId: number): TabState {
  return {
    tabId,
    pageUrl: null,
    phase: 'not-article',
    detected: null,
    source: null,
    articleId: null,
    story: null,
    message: null,
    updatedAt: Date.now(),
  };
}
