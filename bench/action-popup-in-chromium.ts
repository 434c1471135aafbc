// The real toolbar popup: opened with chrome.action.openPopup() the way a click opens it, and
// read from another extension page through chrome.extension.getViews (Playwright cannot attach
// to an action popup, but the extension's own pages can reach its window).

import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tests/e2e/harness/extension-browser';
import { median, POPUP_MARKS, quantile } from './page-timing';

const RUNS = 20;

interface ChromeForBench {
  action: { openPopup(options: { windowId: number }): Promise<void> };
  tabs: { get(tabId: number): Promise<{ windowId: number }> };
  windows: {
    create(options: { url: string; focused: boolean }): Promise<{ id?: number }>;
    update(windowId: number, options: { focused: boolean }): Promise<unknown>;
  };
  extension: { getViews(filter: { type: 'popup' }): Window[] };
}

interface ActionOpen {
  /** From the openPopup() call in the service worker to the popup's navigation start. */
  toNavigation: number;
  firstPaint: number;
  marks: Record<string, number>;
  phase: string | null;
}

/** Reads the open popup's timings from the helper page, then closes it. */
async function readPopup(helper: Page, marks: string[]) {
  return helper.evaluate(async (names) => {
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    for (let tries = 0; tries < 1000; tries++) {
      const [view] = (
        globalThis as unknown as { chrome: ChromeForBench }
      ).chrome.extension.getViews({ type: 'popup' });
      const perf = view?.performance;
      if (view && perf && view.document.querySelector('[data-testid="story-card"]')) {
        while (!perf.getEntriesByName('first-contentful-paint').length)
          await new Promise((resolve) => setTimeout(resolve, 5));
        const found: Record<string, number> = {};
        for (const name of names) {
          const mark = perf.getEntriesByName(name, 'mark')[0];
          if (mark) found[name] = mark.startTime;
        }
        const result = {
          timeOrigin: perf.timeOrigin,
          firstPaint: perf.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          marks: found,
          phase: view.document.querySelector('[data-testid="popup"]')?.getAttribute('data-phase'),
        };
        view.close();
        return result;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return null;
  }, marks);
}

export async function benchActionPopup(browser: ExtensionBrowser, tabId: number): Promise<void> {
  const base = `chrome-extension://${browser.extensionId}`;
  // The helper page sits in a window of its own: the article stays the active tab of its
  // window, which is the tab the popup describes (no ?tab= here, as for a reader's click).
  const { windowId, helperWindow } = await browser.background.evaluate(
    async ({ tab, url }) => {
      // Runs in the service worker: `chrome` is the extension API there.
      const { chrome } = globalThis as unknown as { chrome: ChromeForBench };
      const helper = await chrome.windows.create({ url, focused: false });
      return { windowId: (await chrome.tabs.get(tab)).windowId, helperWindow: helper.id };
    },
    { tab: tabId, url: `${base}/blank.html` },
  );
  const helper = await browser.context
    .waitForEvent('page', {
      predicate: (page) => page.url().endsWith('/blank.html'),
      timeout: 10_000,
    })
    .catch(() => browser.context.pages().find((page) => page.url().endsWith('/blank.html')));
  if (!helper || helperWindow === undefined) {
    console.log('  real toolbar popup: skipped (no helper window)');
    return;
  }
  const opens: ActionOpen[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const requested = await browser.background.evaluate(async (window) => {
        const at = performance.timeOrigin + performance.now();
        const { chrome } = globalThis as unknown as { chrome: ChromeForBench };
        // openPopup refuses a window that is not focused (the helper's may have taken focus).
        await chrome.windows.update(window, { focused: true });
        await chrome.action.openPopup({ windowId: window });
        return at;
      }, windowId);
      const seen = await readPopup(helper, [...POPUP_MARKS]);
      if (!seen) throw new Error('the popup never showed the story card');
      opens.push({ ...seen, toNavigation: seen.timeOrigin - requested, phase: seen.phase ?? null });
    }
  } catch (error) {
    console.log(
      `  real toolbar popup: skipped (${error instanceof Error ? error.message : error})`,
    );
    return;
  } finally {
    await helper.close();
  }
  const of = (pick: (open: ActionOpen) => number) => opens.map(pick);
  const paints = of((open) => open.firstPaint);
  const rendered = of((open) => open.marks['parallax:popup-rendered'] ?? Number.NaN);
  console.log(
    `  real toolbar popup (chrome.action.openPopup, ${RUNS} opens, active tab found by tabs.query):`,
  );
  console.log(
    `    openPopup() → popup navigation starts (browser)   median ${median(of((open) => open.toNavigation)).toFixed(1)} ms`,
  );
  console.log(
    `    navigation start → story card rendered (ours)     median ${median(rendered).toFixed(1)} ms, p90 ${quantile(rendered, 0.9).toFixed(1)} ms`,
  );
  console.log(
    `    navigation start → first paint, with content      median ${median(paints).toFixed(1)} ms, p90 ${quantile(paints, 0.9).toFixed(1)} ms ` +
      `(content was in the first paint in ${opens.filter((open) => (open.marks['parallax:popup-rendered'] ?? Infinity) < open.firstPaint).length}/${RUNS})`,
  );
}
