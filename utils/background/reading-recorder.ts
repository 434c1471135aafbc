import { browser } from 'wxt/browser';
import type { TabState } from '../../core/messages';
import { countsAsRead, READ_AFTER_MS, type ReadEntry } from '../../core/reading-balance';
import { recordRead } from '../reading-balance/reading-db';
import { isReadingPaused } from '../reading-balance/reading-paused';

/**
 * Records reads for the reader's own balance (core/reading-balance.ts has the rule): each tab
 * showing a rated outlet's article is watched; its time counts while the tab is the active one
 * of a focused, not minimised window, and at READ_AFTER_MS in all the read is stored locally.
 * Nothing here sends anything: the record lives in IndexedDB (utils/reading-balance/).
 */
interface Watch {
  entry: Omit<ReadEntry, 'id' | 'readAt'>;
  visibleMs: number;
  visibleSince: number | null;
  timer: ReturnType<typeof setTimeout> | null;
}

const watches = new Map<number, Watch>();

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function tabIsSeen(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active) return false;
    const window = await browser.windows.get(tab.windowId);
    return window.focused && window.state !== 'minimized';
  } catch {
    return false; // the tab or window is gone
  }
}

/** Starts watching a tab whose page flow reached its answer (ready, or backend down). */
export async function watchForRead(state: TabState): Promise<void> {
  stopWatching(state.tabId);
  const { detected, source } = state;
  if (!detected || !source || source.position === null) return;
  const articleKey = await sha256Hex(detected.url);
  watches.set(state.tabId, {
    entry: {
      articleKey,
      sourceId: source.id,
      outlet: source.name,
      position: source.position,
      storyId: state.story?.id ?? null,
      storyTitle: state.story?.title ?? null,
      storySides: state.story
        ? {
            left: state.story.coverage.threeWay.left,
            center: state.story.coverage.threeWay.center,
            right: state.story.coverage.threeWay.right,
          }
        : null,
    },
    visibleMs: 0,
    visibleSince: null,
    timer: null,
  });
  await updateVisibility(state.tabId);
}

export function stopWatching(tabId: number): void {
  const watch = watches.get(tabId);
  if (watch?.timer) clearTimeout(watch.timer);
  watches.delete(tabId);
}

/** Re-checks one tab: banks the time it was seen, and arms the timer while it is. */
async function updateVisibility(tabId: number, now = Date.now()): Promise<void> {
  const watch = watches.get(tabId);
  if (!watch) return;
  const seen = await tabIsSeen(tabId);
  if (watch.visibleSince !== null) watch.visibleMs += now - watch.visibleSince;
  watch.visibleSince = seen ? now : null;
  if (watch.timer) clearTimeout(watch.timer);
  watch.timer = null;
  if (countsAsRead({ visibleMs: watch.visibleMs, position: watch.entry.position })) {
    stopWatching(tabId);
    if (await isReadingPaused()) return;
    await recordRead({ ...watch.entry, id: crypto.randomUUID(), readAt: now });
    return;
  }
  if (seen) {
    watch.timer = setTimeout(() => void updateVisibility(tabId), READ_AFTER_MS - watch.visibleMs);
  }
}

/** Follows focus and tab switches; call once from the background's setup. */
export function followReadingVisibility(): void {
  const recheckAll = () => {
    for (const tabId of watches.keys()) void updateVisibility(tabId);
  };
  browser.tabs.onActivated.addListener(recheckAll);
  browser.windows.onFocusChanged.addListener(recheckAll);
}
