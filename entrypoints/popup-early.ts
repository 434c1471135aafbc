import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { leavePopupReads, startPopupReads } from '../utils/popup/early-reads';
import { nativeBrowser } from '../utils/popup/native-browser';
import { requestTabInspection } from '../utils/shared/request-tab-inspection';

/**
 * Loaded by popup.html before its modules: starts the popup's storage reads at once, so they
 * overlap with loading the popup's code (see utils/popup/early-reads.ts). A classic script, so
 * it runs as soon as it arrives, without waiting for the module graph.
 */
export default defineUnlistedScript(() => {
  performance.mark('parallax:popup-early');
  const reads = startPopupReads(nativeBrowser(), location.search);
  leavePopupReads(reads);
  // Click-only mode: the background detects the article in this tab now (activeTab).
  requestTabInspection(reads.tabId);
});
