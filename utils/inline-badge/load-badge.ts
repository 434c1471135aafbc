import { browser } from 'wxt/browser';

let loaded = false;

/**
 * Loads the inline badge (entrypoints/inline-badge.ts, built as inline-badge.js) into this content script's
 * world, once. It is a separate file so that the content script every catalog page runs stays
 * small; the import fails quietly where the browser forbids it, since the toolbar button
 * shows the same information.
 */
export function loadBadge(): void {
  if (loaded) return;
  loaded = true;
  import(/* @vite-ignore */ browser.runtime.getURL('/inline-badge.js')).catch((error) => {
    console.debug('[Parallax] could not load the badge:', error);
  });
}
