import { browser } from 'wxt/browser';
import type { Source } from '../../core/source';
import { badgeFace } from './badge-face';

export { BADGE_COLORS } from './badge-colors';

// Firefox builds are MV2, where the toolbar button is `browserAction`.
const action = () => browser.action ?? browser.browserAction;

/**
 * Shows the outlet's rating on the toolbar button of one tab (utils/toolbar-badge/badge-face.ts):
 * its bias position, or the neutral mark of an outlet rated for reliability only, with the
 * verdict in words as the button's title.
 */
export async function showSourceBadge(
  tabId: number,
  source: Source,
  siteName?: string | null,
): Promise<void> {
  const face = badgeFace(source, siteName);
  await Promise.all([
    action().setBadgeText({ tabId, text: face.text }),
    action().setBadgeBackgroundColor({ tabId, color: face.color }),
    action().setTitle({ tabId, title: face.title }),
  ]);
}

/**
 * Back to the plain button. An empty per-tab title shows the extension's name (MDN's
 * action.setTitle; Chromium's toolbar falls back to the name for an empty title too).
 */
export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    action().setBadgeText({ tabId, text: '' }),
    action().setTitle({ tabId, title: '' }),
  ]);
}
