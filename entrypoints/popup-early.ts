import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { leavePopupReads, startPopupReads } from '../utils/popup/early-reads';
import { nativeBrowser } from '../utils/popup/native-browser';

/**
 * Loaded by popup.html before its modules: starts the popup's storage reads at once, so they
 * overlap with loading the popup's code (see utils/popup/early-reads.ts). A classic script, so
 * it runs as soon as it arrives, without waiting for the module graph.
 */
export default defineUnlistedScript(() => {
  performance.mark('parallax:popup-early');
  leavePopupReads(startPopupReads(nativeBrowser(), location.search));
});
