import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../../core/detect/detect-article';
import type { PageDetection } from '../../core/detected-article';
import { notifyBackground } from '../../utils/content/notify-background';
import { watchPage } from '../../utils/content/watch-page';
import { loadBadge } from '../../utils/inline-badge/load-badge';

export default defineContentScript({
  // Generated from the catalog's domains (wxt.config.ts): never runs on any other site.
  // Only WXT reads `matches`, while building the manifest (an SSR import); the shipped script
  // does not need the list, so the browser build compiles it away.
  matches: import.meta.env.SSR ? __PARALLAX_CONTENT_MATCHES__ : [],
  runAt: 'document_idle',
  main(ctx) {
    watchPage(
      ctx,
      () => detectArticle(document, location.href),
      (detection: PageDetection) => {
        // The badge's code loads only on articles; it then follows the background's state.
        if (detection.isArticle) loadBadge();
        notifyBackground({ type: 'content:page-detected', detection }).catch((error) => {
          // Nothing on the page depends on the answer; the popup shows the background's state.
          console.debug('[Parallax] could not reach the background:', error);
        });
      },
      (detection) => (detection.isArticle ? detection.article.url : null),
    );
  },
});
