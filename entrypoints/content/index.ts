import { defineContentScript } from 'wxt/utils/define-content-script';
import { bundledSources } from '../../core/bundled-catalog';
import { detectArticle } from '../../utils/detect/detect-article';
import { catalogMatchPatterns } from '../../utils/detect/match-patterns';
import { sendToBackground } from '../../utils/messaging';

export default defineContentScript({
  // Generated at build time: the script never runs outside the catalog's outlets.
  matches: catalogMatchPatterns(bundledSources),
  runAt: 'document_idle',
  main(ctx) {
    const report = () => {
      const detection = detectArticle(document, location.href);
      sendToBackground({ type: 'content:page-detected', detection }).catch((error) => {
        // Nothing on the page depends on the answer; the popup shows the background's state.
        console.debug('[Parallax] could not reach the background:', error);
      });
    };
    report();
    // Single-page sites change articles without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', report);
  },
});
