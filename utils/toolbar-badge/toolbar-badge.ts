import { browser } from 'wxt/browser';
import { TOOLBAR_BADGE_COLORS } from '../../components/shared/styles/design-tokens';
import type { BiasPosition } from '../../core/bias';
import { biasShortName } from '../../core/bias';
import { sideOf } from '../../core/coverage';

/**
 * Badge colours per side, the design tokens' (components/shared/styles/design-tokens.ts): blue
 * and orange-red stay distinct for the common colour-vision deficiencies, center is a neutral
 * grey, and the text (L, LL, C, …) carries the meaning too.
 */
export const BADGE_COLORS = TOOLBAR_BADGE_COLORS;

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
