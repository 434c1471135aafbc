import { browser } from 'wxt/browser';
import type { BiasPosition } from '../../core/bias';
import { biasShortName } from '../../core/bias';
import { sideOf } from '../../core/coverage';

/**
 * Badge colours per side: blue and orange-red stay distinct for the common colour-vision
 * deficiencies, center is a neutral grey, and the text (L, LL, C, …) carries the meaning too.
 */
export const BADGE_COLORS = { left: '#1d4ed8', center: '#57534e', right: '#c2410c' } as const;

// Firefox builds are MV2, where the toolbar button is `browserAction`.
const action = () => browser.action ?? browser.browserAction;

/** Shows the outlet's combined position on the toolbar button of one tab. */
export async function showBiasBadge(tabId: number, position: BiasPosition | null): Promise<void> {
  if (position === null) return clearBadge(tabId);
  const side = sideOf(position);
  const color = side === 'unrated' ? BADGE_COLORS.center : BADGE_COLORS[side];
  await Promise.all([
    action().setBadgeText({ tabId, text: biasShortName(position) }),
    action().setBadgeBackgroundColor({ tabId, color }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  await action().setBadgeText({ tabId, text: '' });
}
