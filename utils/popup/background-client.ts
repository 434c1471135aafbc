import type { PopupClient } from '../../components/popup/popup-app';
import { readCachedTabState } from './cached-tab-state';
import type { PopupBrowser } from './native-browser';

/**
 * The popup's real connection to the background. Reading a tab's state is the hot path and
 * uses the browser's own API (see native-browser.ts); asking the background itself (a tab
 * with nothing stored yet, Retry) and opening the story page load the typed message protocol
 * and the polyfill on demand, after the popup has painted.
 */
export function backgroundClient(api: Pick<PopupBrowser, 'storage' | 'tabs'>): PopupClient {
  const send = async () => (await import('../shared/messaging')).sendToBackground;
  return {
    // The background keeps each tab's state in storage.session, which the popup reads itself:
    // that spares waking a stopped service worker on every open. The message stays the
    // fallback for a tab the background has not written yet.
    getTabState: async (tabId) =>
      (await readCachedTabState(api, tabId)) ??
      (await send())({ type: 'popup:get-tab-state', tabId }),
    retry: async (tabId) => (await send())({ type: 'popup:retry', tabId }),
    openStory: (storyId) => {
      // tabs.create needs no permission; the popup closes itself so the new tab is seen.
      void import('../story-page/story-url')
        .then(({ storyPageUrl }) => api.tabs.create({ url: storyPageUrl(storyId) }))
        .then(() => window.close());
    },
  };
}
