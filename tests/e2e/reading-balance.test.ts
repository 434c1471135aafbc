import type { Request } from 'playwright-core';
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
