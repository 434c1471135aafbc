import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe';
import { type E2eWorld, startE2eWorld } from './harness/e2e-world';
import { type ExtensionBrowser, saveScreenshot } from './harness/extension-browser';
import { setBackendUrl, tabIdOf } from './harness/extension-pages';
import { freePort } from './harness/free-port';
import { type HeldProxy, startHeldProxy } from './harness/held-proxy';
import type { SiteMap } from './harness/news-sites';

// Issue 13 item 6: the loading states too, looked at and under axe. The backend sits behind a
// proxy that holds the lookups or the story until the test has seen the page waiting for them.
const ARTICLE = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SECOND_ARTICLE = '/world/americas/ottawa-approves-pipeline-review-2026-11-24/';
const SITES: SiteMap = {
  'www.reuters.com': {
    [ARTICLE]: 'reuters-article.html',
    [SECOND_ARTICLE]: 'reuters-second-article.html',
  },
};
const STORY_ID = 'e2e-water-treaty';

describe('loading states', () => {
  let world: E2eWorld;
  let browser: ExtensionBrowser;
  let proxy: HeldProxy;

  beforeAll(async () => {
    world = await startE2eWorld(SITES, { inlineBadge: true });
    ({ browser } = world);
    proxy = await startHeldProxy(world.backend.url, await freePort());
    await setBackendUrl(browser, proxy.url);
  });

  afterAll(async () => {
    proxy?.release();
    await proxy?.close();
    await world?.close();
  });

  const extensionPage = async (path: string, width: number, height = 700): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    return page;
  };
  const axe = async (page: Page, include?: string) =>
    JSON.stringify(await seriousAxeViolations(page, include));

  it('inline badge: the chip and its panel while the lookup runs', async () => {
    proxy.hold('/v1/lookup');
    const article = await browser.context.newPage();
    await article.goto(world.siteUrl('www.reuters.com', ARTICLE));
    await proxy.waitForHeld();
    await article
      .getByTestId('inline-badge')
      .and(article.locator('[data-phase="loading"]'))
      .waitFor({ timeout: 20_000 });
    const chip = article.getByTestId('badge-chip');
    await expect(chip.textContent()).resolves.toContain('Looking for other coverage');
    expect(await axe(article, 'parallax-badge')).toBe('[]');
    await saveScreenshot(article, 'loading-badge-chip');
    await chip.click();
    const panel = article.getByTestId('badge-panel');
    await expect(panel.textContent()).resolves.toContain('Looking for other outlets’ coverage…');
    expect(await axe(article, 'parallax-badge')).toBe('[]');
    await saveScreenshot(article, 'loading-badge-panel');

    proxy.release();
    await article
      .getByTestId('inline-badge')
      .and(article.locator('[data-phase="ready"]'))
      .waitFor({ timeout: 20_000 });
    await expect(panel.getByTestId('story-card').count()).resolves.toBe(1);
    await article.close();
  });

  it('popup: the source at once and a labelled placeholder while the lookup runs', async () => {
    proxy.hold('/v1/lookup');
    const article = await browser.context.newPage();
    const url = world.siteUrl('www.reuters.com', SECOND_ARTICLE);
    await article.goto(url);
    await proxy.waitForHeld();
    const tabId = await tabIdOf(browser, url);
    const popup = await extensionPage(`popup.html?tab=${tabId}`, 380, 600);
    const loading = popup.getByTestId('loading');
    await loading.waitFor({ timeout: 10_000 });
    await expect(loading.getAttribute('aria-busy')).resolves.toBe('true');
    await expect(popup.getByTestId('source-card').textContent()).resolves.toContain('Reuters');
    expect(await axe(popup)).toBe('[]');
    await saveScreenshot(popup, 'loading-popup');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(popup)).toBe('[]');
    await saveScreenshot(popup, 'loading-popup-dark');

    proxy.release();
    await loading.waitFor({ state: 'detached', timeout: 20_000 });
    await popup.close();
    await article.close();
  });

  it('story page: a placeholder with a heading while the story is fetched', async () => {
    proxy.hold('/v1/stories/');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`chrome-extension://${browser.extensionId}/story.html?id=${STORY_ID}`);
    await proxy.waitForHeld();
    await page.getByTestId('loading').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Loading the story');
    expect(await axe(page)).toBe('[]');
    await saveScreenshot(page, 'loading-story-page');

    proxy.release();
    await page.getByTestId('story-page').waitFor({ timeout: 20_000 });
    await page.close();
  });

  it('reading balance: says it is loading while the record is not yet open', async () => {
    // Another extension page keeps a connection to the record and asks to delete it: the
    // deletion waits on that connection, and every later open (the page's) waits behind it.
    const holder = await extensionPage('options.html', 800);
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('parallax-reading');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            (globalThis as unknown as { heldRecord: IDBDatabase }).heldRecord = open.result;
            indexedDB.deleteDatabase('parallax-reading').onblocked = () => resolve();
          };
        }),
    );
    const page = await extensionPage('reading-balance.html', 800);
    const loading = page.getByTestId('balance-loading');
    await loading.waitFor();
    await expect(loading.textContent()).resolves.toBe('Loading your reading record…');
    await expect(loading.getAttribute('role')).resolves.toBe('status');
    expect(await axe(page)).toBe('[]');
    await saveScreenshot(page, 'loading-reading-balance');

    await holder.evaluate(() =>
      (globalThis as unknown as { heldRecord: IDBDatabase }).heldRecord.close(),
    );
    await page.getByTestId('balance-empty').waitFor({ timeout: 20_000 });
    await page.close();
    await holder.close();
  });
});
