import type { PopupClient } from '../../components/popup/popup-app';
import { emptyTabState, readTabState, subscribeTabState } from '../shared/tab-state-channel';
import type { PopupBrowser } from './native-browser';

/**
 * The popup's real connection to the background. The tab's state comes from the tab-state
 * channel on the browser's own API (see native-browser.ts): read from storage.session, then
 * followed through storage.onChanged, so no stopped service worker is woken to ask and nothing
 * is asked again on a timer. Retry and opening the story page load the typed message protocol
 * and the polyfill on demand, after the popup has painted.
 */
export function backgroundClient(api: Pick<PopupBrowser, 'storage' | 'tabs'>): PopupClient {
  const send = async () => (await import('../shared/messaging')).sendToBackground;
  return {
    followTabState: (tabId, onState, onError) => {
      // Subscribed before reading, so that no write falls between the two; a change seen
      // while reading is newer than what the read found.
      let changed = false;
      const stop = subscribeTabState(api, tabId, (state) => {
        changed = true;
        onState(state ?? emptyTabState(tabId));
      });
      readTabState(api, tabId).then((state) => {
        // Nothing stored: the content script never reported this tab (not a catalog page).
        if (!changed) onState(state ?? emptyTabState(tabId));
      }, onError);
      return stop;
    },
    retry: async (tabId) => (await send())({ type: 'popup:retry', tabId }),
    openStory: (storyId) => {
      // tabs.create needs no permission; the popup closes itself so the new tab is seen.
      void import('../story-page/story-url')
        .then(({ storyPageUrl }) => api.tabs.create({ url: storyPageUrl(storyId) }))
        .then(() => window.close());
    },
  };
}
