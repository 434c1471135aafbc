import { browser } from 'wxt/browser';
import type { TabState } from '../../core/messages';
import { countsAsRead, READ_AFTER_MS } from '../../core/reading-balance';
import type { ReadingWatch } from '../../core/reading-watch';
import { recordRead } from '../reading-balance/reading-db';
import { isReadingPaused } from '../reading-balance/reading-paused';
import { listWatches, readWatch, removeWatch, saveWatch } from './reading-watches';

/**
 * Records reads for the reader's own balance (core/reading-balance.ts has the rule): each tab
 * showing a rated outlet's article is watched; its time counts while the tab is the active one
 * of a focused, not minimised window, and at READ_AFTER_MS in all the read is stored locally.
 * Nothing here sends anything: the record lives in IndexedDB (utils/reading-balance/).
 *
 * The MV3 service worker may be stopped at any moment, so the reads in progress live in
 * storage.session (reading-watches.ts) and only the timers live in memory. A stopped worker's
 * timer is lost, not its watch: the next event that wakes a worker (the tab switched, the
 * window's focus, the page left or closed, any other) settles every watch with the time seen
 * until then and arms the timer again.
 */

type Seen = 'seen' | 'unseen' | 'gone';

const timers = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * One change at a time: each reads a watch, then writes it, and two events in flight (a timer
 * and a tab switch) must not both bank the same spell or both record the read.
 */
let queue: Promise<unknown> = Promise.resolve();
function serially(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Resolves once every change asked for so far is written (the record is then up to date). */
export function whenRecorderIdle(): Promise<void> {
  return serially(async () => undefined);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function tabSeen(tabId: number): Promise<Seen> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab) return 'gone';
    if (!tab.active) return 'unseen';
    const window = await browser.windows.get(tab.windowId);
    return window?.focused && window.state !== 'minimized' ? 'seen' : 'unseen';
  } catch {
    return 'gone'; // the tab or its window no longer exists
  }
}

function disarm(tabId: number): void {
  const timer = timers.get(tabId);
  if (timer !== undefined) clearTimeout(timer);
  timers.delete(tabId);
}

/**
 * Banks the time the tab was seen until `now`, then records the read if it counts, or keeps
 * the watch (with the timer armed while the tab is seen) if it does not yet.
 */
async function settle(watch: ReadingWatch, seen: Seen, now = Date.now()): Promise<void> {
  disarm(watch.tabId);
  const visibleMs =
    watch.visibleMs + (watch.visibleSince === null ? 0 : Math.max(0, now - watch.visibleSince));
  if (countsAsRead({ visibleMs, position: watch.entry.position })) {
    // Recorded before the watch is removed: a worker stopped in between records it again on
    // waking, and recordRead keeps one read per article a day.
    if (!(await isReadingPaused())) {
      await recordRead({ ...watch.entry, id: crypto.randomUUID(), readAt: now });
    }
    await removeWatch(watch.tabId);
    return;
  }
  if (seen === 'gone') {
    await removeWatch(watch.tabId);
    return;
  }
  await saveWatch({ ...watch, visibleMs, visibleSince: seen === 'seen' ? now : null });
  if (seen === 'seen') {
    const tabId = watch.tabId;
    timers.set(
      tabId,
      setTimeout(() => void recheckTab(tabId).catch(() => undefined), READ_AFTER_MS - visibleMs),
    );
  }
}

function recheckTab(tabId: number): Promise<void> {
  return serially(async () => {
    const watch = await readWatch(tabId);
    if (watch) await settle(watch, await tabSeen(tabId));
  });
}

/** Settles every read in progress, those an earlier worker left too. */
function recheckAllWatches(): Promise<void> {
  return serially(async () => {
    for (const watch of await listWatches()) await settle(watch, await tabSeen(watch.tabId));
  });
}

/** Starts watching a tab whose page flow reached its answer (ready, or backend down). */
export function watchForRead(state: TabState): Promise<void> {
  return serially(async () => {
    const previous = await readWatch(state.tabId);
    const { detected, source } = state;
    if (!detected || !source || source.position === null) {
      if (previous) await settle(previous, 'gone');
      return;
    }
    const articleKey = await sha256Hex(detected.url);
    const entry: ReadingWatch['entry'] = {
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
    };
    // The same article answered again (Retry after a backend error): its time so far stands,
    // with the newer answer's story.
    const same = previous?.entry.articleKey === articleKey ? previous : null;
    if (previous && !same) await settle(previous, 'gone');
    await settle(
      {
        tabId: state.tabId,
        entry,
        visibleMs: same?.visibleMs ?? 0,
        visibleSince: same?.visibleSince ?? null,
      },
      await tabSeen(state.tabId),
    );
  });
}

/**
 * The tab left its article or closed. The time it was seen until now still counts: a read
 * whose timer died with a stopped worker is recorded here.
 */
export function stopWatching(tabId: number): void {
  void serially(async () => {
    const watch = await readWatch(tabId);
    if (watch) await settle(watch, 'gone');
    else disarm(tabId);
  }).catch(() => undefined);
}

/**
 * Follows focus and tab switches; call once, synchronously, from the background's setup, so
 * that these events wake a stopped worker. Settles what an earlier worker left at once.
 */
export function followReadingVisibility(): void {
  const recheckAll = () => void recheckAllWatches().catch(() => undefined);
  browser.tabs.onActivated.addListener(recheckAll);
  browser.windows.onFocusChanged.addListener(recheckAll);
  recheckAll();
}
