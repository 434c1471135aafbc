import { browser } from 'wxt/browser';
import { handleBackgroundRequests } from '../shared/messaging';
import { storyPageUrl } from '../story-page/story-url';
import { followBadgeMode } from './badge-mode/follow-badge-mode';
import { clearCachedData } from './clear-cache';
import { dataSourcesReport } from './data-sources';
import { inspectTab } from './inspect-tab';
import { linkChipHandlers } from './link-chips/chip-handlers';
import { followChipSites } from './link-chips/sync-chip-scripts';
import { getTabState, onPageDetected, onTabClosed, onTabNavigated, retryTab } from './page-flow';
import { followReadingVisibility } from './reading-recorder';
import { watchBackendForSourceIndex } from './source-index/backend-watch';
import { initSourceIndex } from './source-index/index-update';
import { fetchStory } from './story-fetch';
import { testBackend } from './test-backend';

/** Wires the background's listeners; everything they do lives in the modules they call. */
export function setupBackground(): void {
  handleBackgroundRequests({
    'content:page-detected': async (request, sender) => {
      // The sender check guarantees a tab; the tab, not the message, says which one.
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { accepted: false };
      await onPageDetected(tabId, request.detection, sender.url);
      return { accepted: true };
    },
    'content:get-tab-state': async (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('Only a tab can ask about its own state.');
      return getTabState(tabId);
    },
    'content:open-story': async (request, sender) => {
      await browser.tabs.create({
        url: storyPageUrl(request.storyId),
        openerTabId: sender.tab?.id,
      });
      return { opened: true };
    },
    'popup:retry': (request) => retryTab(request.tabId),
    'popup:inspect-tab': (request) => inspectTab(request.tabId),
    'story:get-story': (request) => fetchStory(request.storyId),
    'options:test-backend': (request) => testBackend(request.backendUrl),
    'options:clear-cache': () => clearCachedData(),
    'options:get-data-sources': () => dataSourcesReport(),
    ...linkChipHandlers,
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // Without the `tabs` permission `change.url` is often absent; `status: loading` is not.
    if (change.url !== undefined || change.status === 'loading') {
      void onTabNavigated(tabId, change.url);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void onTabClosed(tabId));
  followReadingVisibility();
  // Inline badge or click-only: the registered content scripts follow the setting, the host
  // access and the index in use.
  followBadgeMode();
  // Link chips (issue 14): their content script only on the sites the reader turned on.
  followChipSites();
  // A newer source index from the backend, if any; the bundled one serves meanwhile.
  void initSourceIndex();
  // Another backend set in Options: its own index, not the old one's until it ages out.
  watchBackendForSourceIndex();
}
