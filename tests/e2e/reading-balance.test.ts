import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe';
import { type E2eWorld, startE2eWorld } from './harness/e2e-world';
import { type ExtensionBrowser, saveScreenshot } from './harness/extension-browser';
import type { SiteMap } from './harness/news-sites';

// Issue 13 item 4: the reader's own balance, recorded and shown in the browser only.
const REUTERS = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SITES: SiteMap = { 'www.reuters.com': { [REUTERS]: 'reuters-article.html' } };

describe('my reading balance', () => {
  let world: E2eWorld;
  let browser: ExtensionBrowser;
  const requests: Request[] = [];

  beforeAll(async () => {
    world = await startE2eWorld(SITES, { inlineBadge: true });
    ({ browser } = world);
  });

  afterAll(() => world?.close());

  const balanceUrl = () => `chrome-extension://${browser.extensionId}/reading-balance.html`;

  it('starts empty, with the rule written out', async () => {
    const page = await browser.context.newPage();
    await page.goto(balanceUrl());
    await page.getByTestId('balance-empty').waitFor();
    await expect(page.getByTestId('reading-balance').textContent()).resolves.toMatch(/20 seconds/);
    expect(JSON.stringify(await seriousAxeViolations(page))).toBe('[]');
    await saveScreenshot(page, 'reading-balance-empty');
    // Dark and narrow: still no serious axe finding, nothing wider than the screen.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 360, height: 700 });
    expect(JSON.stringify(await seriousAxeViolations(page))).toBe('[]');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'reading-balance-empty-dark-narrow');
    await page.close();
  });

  it('records an article kept in front, shows it by leaning, and sends nothing', async () => {
    const article = await browser.context.newPage();
    await article.goto(world.siteUrl('www.reuters.com', REUTERS));
    await article.bringToFront();
    await article.getByTestId('inline-badge').and(article.locator('[data-phase="ready"]')).waitFor({
      timeout: 20_000,
    });
    // From here on, every request any page or the extension makes.
    browser.context.on('request', (request) => requests.push(request));
    // The rule needs the article in front for 20 s: wait for the record (not for a time).
    const recorded = await browser.background.evaluate(async () => {
      for (let tries = 0; tries < 600; tries++) {
        const rows = await new Promise<number>((resolve) => {
          const open = indexedDB.open('parallax-reading');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('reads')) return resolve(0);
            const count = db.transaction('reads').objectStore('reads').count();
            count.onsuccess = () => resolve(count.result);
          };
          open.onerror = () => resolve(0);
        });
        if (rows > 0) return rows;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return 0;
    });
    expect(recorded).toBe(1);

    const page = await browser.context.newPage();
    await page.goto(balanceUrl());
    await page.getByTestId('balance-chart').waitFor();
    await expect(page.getByTestId('balance-summary').textContent()).resolves.toBe(
      '1 article: left 0, center 1, right 0',
    );
    const centerRow = page.getByTestId('balance-table').locator('tr', { hasText: 'Center' });
    await expect(centerRow.locator('td').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('balance-outlets').textContent()).resolves.toContain('Reuters');
    await expect(page.getByTestId('balance-read').locator('a').textContent()).resolves.toBe(
      'Great Lakes water treaty heads to Senate for ratification',
    );
    // Reuters is center; the story's left and right outlets were not read.
    await expect(page.getByTestId('balance-one-sided').textContent()).resolves.toContain(
      'you read the center; not the left or the right',
    );
    expect(JSON.stringify(await seriousAxeViolations(page))).toBe('[]');
    await saveScreenshot(page, 'reading-balance');

    // Exports are local downloads.
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    expect(json.suggestedFilename()).toBe('parallax-reading.json');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(csv.suggestedFilename()).toBe('parallax-reading.csv');

    // Pause, then clear.
    await page.getByTestId('balance-pause').click();
    await page.getByTestId('balance-paused').waitFor();
    await saveScreenshot(page, 'reading-balance-paused');
    await page.getByTestId('balance-clear').click();
    await page.getByTestId('balance-empty').waitFor();

    // Nothing of it left the browser: only the extension's own files and blob downloads.
    const away = requests
      .map((request) => request.url())
      .filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith('blob:'));
    expect(away).toEqual([]);
    await page.close();
    await article.close();
  });

  /** The reads the page lists, reloading it until at least `count` show (or 20 s pass). */
  async function waitForReads(page: Page, count: number): Promise<number> {
    const rows = page.getByTestId('balance-read');
    const deadline = Date.now() + 20_000;
    for (;;) {
      await page.goto(balanceUrl());
      await page.getByTestId('balance-empty').or(page.getByTestId('balance-chart')).waitFor();
      const shown = await rows.count();
      if (shown >= count || Date.now() > deadline) return shown;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  it('counts a read once when the service worker is stopped in the middle of it', async () => {
    // The balance page first, in a tab behind the article: its debugging session can stop
    // the extension's worker and report the worker's running status.
    const page = await browser.context.newPage();
    await page.goto(balanceUrl());
    // The test before paused the record: resume it.
    await page.getByTestId('balance-paused').waitFor();
    await page.getByTestId('balance-pause').click();
    await page.getByTestId('balance-paused').waitFor({ state: 'detached' });
    const cdp = await browser.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const status = versions.find((version) =>
        version.scriptURL.startsWith(`chrome-extension://${browser.extensionId}/`),
      )?.runningStatus;
      if (status) statuses.push(status);
    });
    await cdp.send('ServiceWorker.enable');

    const article = await browser.context.newPage();
    await article.goto(world.siteUrl('www.reuters.com', REUTERS));
    await article.bringToFront();
    await article.getByTestId('inline-badge').and(article.locator('[data-phase="ready"]')).waitFor({
      timeout: 20_000,
    });
    // The read in progress is kept where a stopped worker cannot lose it.
    const watching = await browser.background.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
      };
      for (let tries = 0; tries < 100; tries++) {
        const keys = Object.keys(await chrome.storage.session.get(null));
        const watch = keys.filter((key) => key.startsWith('readingWatch:'));
        if (watch.length > 0) return { watch, at: Date.now() };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return { watch: [], at: Date.now() };
    });
    expect(watching.watch).toHaveLength(1);

    // Stopped well before the 20 s, as MV3 stops an idle worker: its timer dies with it.
    await cdp.send('ServiceWorker.stopAllWorkers');
    const until = async (status: string) => {
      for (let tries = 0; statuses.at(-1) !== status && tries < 200; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return statuses.at(-1);
    };
    await expect(until('stopped')).resolves.toBe('stopped');
    // The reader reads on past the 20 s with no worker running…
    await new Promise((resolve) => setTimeout(resolve, 22_000 - (Date.now() - watching.at)));
    expect(statuses.at(-1)).toBe('stopped');
    // …then switches to the balance page: the tab switch wakes a new worker, which settles
    // the read the stopped one left in storage.session.
    await page.bringToFront();
    await expect(until('running')).resolves.toBe('running');
    expect(await waitForReads(page, 1)).toBe(1);
    await expect(page.getByTestId('balance-outlets').textContent()).resolves.toContain('Reuters');
    await saveScreenshot(page, 'reading-balance-after-worker-stop');
    // Exactly once: nothing more is recorded later.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await waitForReads(page, 0)).toBe(1);
    await cdp.detach();
    await page.close();
    await article.close();
  });

  it('is linked from the popup and Options', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect(
      options.getByTestId('options-reading-balance-link').getAttribute('href'),
    ).resolves.toBe('/reading-balance.html');
    await options.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=1`);
    await expect(options.getByTestId('reading-balance-link').getAttribute('href')).resolves.toBe(
      '/reading-balance.html',
    );
    await options.close();
  });
});
