import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { READ_AFTER_MS } from '../../core/reading-balance';
import { tabState } from '../../tests/fixtures/extension/fixtures';
import { clearReads, listReads } from '../reading-balance/reading-db';
import { setReadingPaused } from '../reading-balance/reading-paused';
import { listWatches } from './reading-watches';

/**
 * The reading rule (core/reading-balance.ts) as the background applies it, with the browser's
 * tabs and windows played by `screen` below and time by fake timers. A "worker restart" drops
 * the module with its timers and listeners and loads it afresh, as MV3 does to an idle worker.
 */

const TAB = 7;
const OTHER_TAB = 8;
const WINDOW = 1;
const START = Date.UTC(2026, 0, 5, 9, 0, 0);

type Recorder = typeof import('./reading-recorder');

/** What the reader has in front of them. */
const screen = { open: new Set<number>(), activeTab: TAB, focused: true, minimized: false };
let recorder: Recorder;

/** Loads the recorder as a new worker does: fresh memory, listeners wired once. */
async function startWorker(): Promise<Recorder> {
  fakeBrowser.tabs.onActivated.removeAllListeners();
  fakeBrowser.windows.onFocusChanged.removeAllListeners();
  vi.resetModules();
  recorder = await import('./reading-recorder');
  recorder.followReadingVisibility();
  await recorder.whenRecorderIdle();
  return recorder;
}

/** MV3 stopping the idle worker: its timers die with it, storage.session stays. */
function stopWorker(): void {
  const now = Date.now();
  vi.clearAllTimers(); // which also sets the fake clock back to its start: set it again
  vi.setSystemTime(now);
  fakeBrowser.tabs.onActivated.removeAllListeners();
  fakeBrowser.windows.onFocusChanged.removeAllListeners();
}

async function elapse(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await recorder.whenRecorderIdle();
}

async function switchTo(tabId: number): Promise<void> {
  screen.activeTab = tabId;
  await fakeBrowser.tabs.onActivated.trigger({ tabId, windowId: WINDOW });
  await recorder.whenRecorderIdle();
}

async function setFocus(focused: boolean): Promise<void> {
  screen.focused = focused;
  await fakeBrowser.windows.onFocusChanged.trigger(focused ? WINDOW : -1);
  await recorder.whenRecorderIdle();
}

async function openArticle(overrides: Parameters<typeof tabState>[0] = {}): Promise<void> {
  screen.open.add(TAB);
  await recorder.watchForRead(tabState({ tabId: TAB, ...overrides }));
}

async function leaveTab(tabId = TAB): Promise<void> {
  recorder.stopWatching(tabId);
  await recorder.whenRecorderIdle();
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: START });
  await clearReads();
  Object.assign(screen, { open: new Set([OTHER_TAB]), activeTab: TAB, focused: true });
  screen.minimized = false;
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (tabId: number) => {
    if (!screen.open.has(tabId)) throw new Error(`No tab with id: ${tabId}.`);
    return { id: tabId, windowId: WINDOW, active: screen.activeTab === tabId } as never;
  });
  vi.spyOn(fakeBrowser.windows, 'get').mockImplementation(
    async (windowId: number) =>
      ({
        id: windowId,
        focused: screen.focused,
        state: screen.minimized ? 'minimized' : 'normal',
      }) as never,
  );
  await startWorker();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the reading recorder (the rule of core/reading-balance.ts)', () => {
  it('records a rated outlet’s article after 20 s in front, with no URL in the record', async () => {
    await openArticle();
    await elapse(READ_AFTER_MS - 1);
    expect(await listReads()).toEqual([]);
    await elapse(1);
    const reads = await listReads();
    expect(reads).toHaveLength(1);
    const state = tabState();
    expect(reads[0]).toMatchObject({
      sourceId: state.source?.id,
      outlet: state.source?.name,
      position: state.source?.position,
      storyId: 'story-1',
      storyTitle: 'Parliament passes the budget',
      readAt: START + READ_AFTER_MS,
    });
    expect(JSON.stringify(reads)).not.toContain('reuters.com/world');
    expect(await listWatches()).toEqual([]);
  });

  it('does not count a bounce: the page left before 20 s', async () => {
    await openArticle();
    await elapse(READ_AFTER_MS - 1_000);
    await leaveTab();
    await elapse(10 * READ_AFTER_MS);
    expect(await listReads()).toEqual([]);
    expect(await listWatches()).toEqual([]);
  });

  it('counts only the time the tab is the active one: a background tab is not read', async () => {
    screen.activeTab = OTHER_TAB;
    await openArticle();
    await elapse(5 * READ_AFTER_MS);
    expect(await listReads()).toEqual([]);
    await switchTo(TAB);
    await elapse(READ_AFTER_MS - 1);
    expect(await listReads()).toEqual([]);
    await elapse(1);
    expect(await listReads()).toHaveLength(1);
  });

  it('adds up spells in front and leaves out the time the window was unfocused or minimised', async () => {
    await openArticle();
    await elapse(8_000);
    await setFocus(false);
    await elapse(60_000);
    await setFocus(true);
    await elapse(7_000);
    screen.minimized = true;
    await switchTo(TAB); // any visibility event re-checks: a minimised window is not seen
    await elapse(60_000);
    expect(await listReads()).toEqual([]);
    screen.minimized = false;
    await switchTo(TAB);
    await elapse(READ_AFTER_MS - 15_000);
    const [read] = await listReads();
    expect(read?.readAt).toBe(START + 8_000 + 60_000 + 7_000 + 60_000 + 5_000);
  });

  it('counts an article once a day, again the next day', async () => {
    await openArticle();
    await elapse(READ_AFTER_MS);
    await leaveTab();
    await openArticle();
    await elapse(2 * READ_AFTER_MS);
    await leaveTab();
    expect(await listReads()).toHaveLength(1);
    await elapse(24 * 60 * 60 * 1000);
    await openArticle();
    await elapse(READ_AFTER_MS);
    expect(await listReads()).toHaveLength(2);
  });

  it('records nothing while the reader paused the record', async () => {
    await setReadingPaused(true);
    await openArticle();
    await elapse(2 * READ_AFTER_MS);
    expect(await listReads()).toEqual([]);
    expect(await listWatches()).toEqual([]);
  });

  it('never watches an outlet without a bias rating', async () => {
    const rated = tabState().source;
    if (!rated) throw new Error('the fixture has a source');
    await openArticle({ source: { ...rated, position: null } });
    expect(await listWatches()).toEqual([]);
    await elapse(2 * READ_AFTER_MS);
    expect(await listReads()).toEqual([]);
  });

  it('keeps the time seen when the same article is answered again (Retry)', async () => {
    await openArticle({ phase: 'backend-unreachable', story: null });
    await elapse(12_000);
    await openArticle();
    await elapse(READ_AFTER_MS - 12_000);
    const reads = await listReads();
    expect(reads).toHaveLength(1);
    expect(reads[0]?.storyId).toBe('story-1');
  });
});

describe('a service worker stopped in the middle of a read', () => {
  it('keeps the read in progress in storage.session, and a new worker records it once', async () => {
    await openArticle();
    await elapse(12_000);
    expect(await listWatches()).toEqual([
      expect.objectContaining({ tabId: TAB, visibleMs: 0, visibleSince: START }),
    ]);
    stopWorker();
    await elapse(60_000); // the reader reads on; no timer is left to fire
    expect(await listReads()).toEqual([]);
    await startWorker(); // woken by any event: it settles what the last worker left
    const reads = await listReads();
    expect(reads).toHaveLength(1);
    expect(reads[0]?.readAt).toBe(START + 72_000);
    stopWorker();
    await startWorker();
    await elapse(5 * READ_AFTER_MS);
    expect(await listReads()).toHaveLength(1);
  });

  it('goes on with the time banked before, when the reader returns to the tab', async () => {
    await openArticle();
    await elapse(12_000);
    stopWorker();
    await elapse(3_000);
    await startWorker(); // woken by the reader switching away: 15 s seen, not a read
    await switchTo(OTHER_TAB);
    expect(await listReads()).toEqual([]);
    await elapse(120_000);
    stopWorker();
    await startWorker(); // woken by the reader coming back
    await switchTo(TAB);
    await elapse(READ_AFTER_MS - 15_000 - 1);
    expect(await listReads()).toEqual([]);
    await elapse(1);
    const [read] = await listReads();
    expect(read?.readAt).toBe(START + 12_000 + 3_000 + 120_000 + 5_000);
    expect(await listReads()).toHaveLength(1);
  });

  it('counts by the time seen when the tab is closed: a read if 20 s, a bounce if not', async () => {
    await openArticle();
    await elapse(10_000);
    stopWorker();
    await elapse(7_000);
    await startWorker();
    await leaveTab(); // closed at 17 s
    expect(await listReads()).toEqual([]);

    await openArticle();
    await elapse(10_000);
    stopWorker();
    await elapse(11_000);
    screen.open.delete(TAB);
    await startWorker(); // woken by the tab closing at 21 s
    await leaveTab();
    const reads = await listReads();
    expect(reads).toHaveLength(1);
    expect(reads[0]?.readAt).toBe(START + 17_000 + 21_000);
  });
});
