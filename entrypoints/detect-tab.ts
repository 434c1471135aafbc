import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectArticle } from '../core/detect/detect-article';
import { notifyBackground } from '../utils/content/notify-background';

/**
 * Run once in the tab by the background when the popup opens on a page nothing reported
 * (click-only mode, or a site outside the index): scripting.executeScript under the activeTab
 * grant of the reader's toolbar click (utils/background/inspect-tab.ts). It detects
 * the article as the content script does and reports it the same way, so the popup shows the
 * outlet and story exactly as on the inline path; it mounts no badge and watches nothing.
 */
export default defineUnlistedScript(() => {
  const detection = detectArticle(document, location.href);
  notifyBackground({ type: 'content:page-detected', detection }).catch((error) => {
    console.debug('[Parallax] could not reach the background:', error);
  });
});
