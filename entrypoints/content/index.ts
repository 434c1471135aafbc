import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle } from '../../core/detect/detect-article';
import type { PageDetection } from '../../core/detected-article';
import { notifyBackground } from '../../utils/content/notify-background';
import { watchPage } from '../../utils/content/watch-page';
import { loadBadge } from '../../utils/inline-badge/load-badge';

export default defineContentScript({
  // Registered at run time by the background (utils/background/badge-mode/), for the outlets of
  // the index in use, once the reader has turned the inline badge on and granted host access:
  // built, but not in the manifest. No `matches` here, or WXT would ask for them as host
  // permissions at install.
  registration: 'runtime',
  matches: [],
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
