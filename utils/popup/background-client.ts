import { browser } from 'wxt/browser';
import type { PopupClient } from '../../components/popup-app';
import { readTabState } from '../background/tab-states';
import { sendToBackground } from '../messaging';
import { storyPageUrl } from '../pages/story-url';

/** The popup's real connection to the background, over the typed message protocol. */
export const backgroundClient: PopupClient = {
  // The background keeps each tab's state in storage.session, which extension pages can read:
  // reading it here spares waking a stopped service worker for every popup open. The message
  // stays the fallback for a tab the background has not written yet.
  getTabState: async (tabId) =>
    (await readTabState(tabId)) ?? sendToBackground({ type: 'popup:get-tab-state', tabId }),
  retry: (tabId) => sendToBackground({ type: 'popup:retry', tabId }),
  openStory: (storyId) => {
    // tabs.create needs no permission; the popup closes itself so the new tab is seen.
    void browser.tabs.create({ url: storyPageUrl(storyId) }).then(() => window.close());
  },
};
