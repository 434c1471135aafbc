import { defineContentScript } from 'wxt/utils/define-content-script';
import { runLinkChips } from '../../utils/link-chips/run-link-chips';

export default defineContentScript({
  // Registered at run time by the background (utils/background/link-chips/), only on the sites
  // the reader turned link chips on for: built, but not in the manifest (no `matches`, or WXT
  // would ask for them as host permissions at install).
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    runLinkChips(ctx);
  },
});
