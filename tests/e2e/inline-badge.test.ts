import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe';
import { type E2eWorld, startE2eWorld } from './harness/e2e-world';
import { type ExtensionBrowser, saveScreenshot } from './harness/extension-browser';
import type { SiteMap } from './harness/news-sites';

const REUTERS = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const CNN = '/2026/11/20/politics/great-lakes-treaty-us-canada/index.html';
const SITES: SiteMap = {
  'www.reuters.com': { [REUTERS]: 'reuters-article.html', '/': 'reuters-home.html' },
  'www.cnn.com': { [CNN]: 'cnn-dark-aggressive.html' },
};

/** Records layout shifts from the first moment of the page, before any script of ours runs. */
const RECORD_SHIFTS = `
  window.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

describe('inline badge on article pages', () => {
  let world: E2eWorld;
  let browser: ExtensionBrowser;
  let port: number;

  beforeAll(async () => {
    world = await startE2eWorld(SITES, { inlineBadge: true });
    ({ browser, sitesPort: port } = world);
  });

  afterAll(() => world?.close());

  async function openArticle(host: string, path: string, scheme?: 'dark'): Promise<Page> {
    const page = await browser.context.newPage();
    if (scheme) await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript(RECORD_SHIFTS);
    await page.goto(`https://${host}:${port}${path}`);
    return page;
  }
  const chip = (page: Page) => page.getByTestId('badge-chip');
  const shifts = (page: Page) =>
    page.evaluate(() => (window as unknown as { __shifts: number }).__shifts);

  /** The chip's box and a page element's box, and whether they meet. */
  async function chipMeets(page: Page, selector: string) {
    return page.evaluate((selector) => {
      const chipBox = document
        .querySelector('parallax-badge')
        ?.shadowRoot?.querySelector('[data-testid="badge-chip"]')
        ?.getBoundingClientRect();
      const other = document.querySelector(selector)?.getBoundingClientRect();
      if (!chipBox || !other) return null;
      const meets = !(
        chipBox.right <= other.left ||
        chipBox.left >= other.right ||
        chipBox.bottom <= other.top ||
        chipBox.top >= other.bottom
      );
      return { meets, chip: chipBox.toJSON(), other: other.toJSON() };
    }, selector);
  }

  /** Sets the theme the way Options stores it (`local:theme`), from the extension's worker. */
  async function storeTheme(theme: 'system' | 'light' | 'dark') {
    await browser.background.evaluate(async (theme) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
      };
      await chrome.storage.local.set({ theme });
    }, theme);
  }

  it('serves the badge file to the page only under its per-session URL (use_dynamic_url)', async () => {
    const page = await openArticle('www.reuters.com', REUTERS);
    await chip(page).waitFor({ timeout: 20_000 });
    // The fixed chrome-extension://<id>/ URL answers no web page: a site cannot probe it to
    // learn that Parallax is installed. The content script loaded the badge all the same.
    const fixed = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'fetched',
          () => 'refused',
        ),
      `chrome-extension://${browser.extensionId}/inline-badge.js`,
    );
    expect(fixed).toBe('refused');
    await page.close();
  });

  it('shows the outlet, the outlet count and a labelled chip, without moving the page', async () => {
    const page = await openArticle('www.reuters.com', REUTERS);
    await chip(page).waitFor({ timeout: 20_000 });
    await page.getByTestId('inline-badge').and(page.locator('[data-phase="ready"]')).waitFor();
    await expect(chip(page).textContent()).resolves.toMatch(/Center\.?\s*8 outlets/);
    await expect(chip(page).textContent()).resolves.toBe(
      'Parallax: Reuters is Center. 8 outlets cover this story: 3 left, 2 center, 2 right.',
    );
    // Never covers the article: the chip's box does not meet the article's.
    const overlap = await page.evaluate(() => {
      const host = document.querySelector('parallax-badge');
      const chipBox = host?.shadowRoot
        ?.querySelector('[data-testid="badge-chip"]')
        ?.getBoundingClientRect();
      const text = document.querySelector('article')?.getBoundingClientRect();
      if (!chipBox || !text) return null;
      return !(
        chipBox.right < text.left ||
        chipBox.left > text.right ||
        chipBox.bottom < text.top ||
        chipBox.top > text.bottom
      );
    });
    expect(overlap).toBe(false);
    await expect(
      page.evaluate(() => (window as unknown as { __shifts: number }).__shifts),
    ).resolves.toBe(0);
    expect(JSON.stringify(await seriousAxeViolations(page, 'parallax-badge'))).toBe('[]');
    await saveScreenshot(page, 'badge-chip');

    // Keyboard: Tab reaches the chip, Enter opens the panel, Escape closes it.
    await chip(page).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('badge-panel').waitFor();
    await expect(
      page.getByTestId('badge-panel').getByTestId('source-card').textContent(),
    ).resolves.toContain('Reuters');
    await expect(page.getByTestId('badge-panel').getByTestId('story-card').count()).resolves.toBe(
      1,
    );
    expect(JSON.stringify(await seriousAxeViolations(page, 'parallax-badge'))).toBe('[]');
    await expect(
      page.evaluate(() => (window as unknown as { __shifts: number }).__shifts),
    ).resolves.toBe(0);
    await saveScreenshot(page, 'badge-panel');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('badge-panel').count()).resolves.toBe(0);
    await page.close();
  });

  it('keeps its own look on a dark page whose CSS resets everything with !important', async () => {
    const page = await openArticle('www.cnn.com', CNN, 'dark');
    await chip(page).waitFor({ timeout: 20_000 });
    await page.getByTestId('inline-badge').and(page.locator('[data-phase="ready"]')).waitFor();
    const look = await chip(page).evaluate((element) => {
      const style = getComputedStyle(element);
      return { padding: style.paddingTop, font: style.fontFamily, color: style.color };
    });
    expect(look.padding).toBe('0px');
    expect(look.font).not.toContain('Comic Sans');
    expect(look.color).not.toBe('rgb(255, 0, 255)');
    // The page's own styles are untouched by ours.
    await expect(
      page.evaluate(() => getComputedStyle(document.querySelector('p') as Element).fontFamily),
    ).resolves.toContain('Comic Sans');
    // Never covers the site's own fixed footer: the chip sits above it.
    const footer = await chipMeets(page, 'footer');
    expect(footer?.meets, JSON.stringify(footer)).toBe(false);
    expect(footer?.chip.bottom).toBeLessThanOrEqual(footer?.other.top ?? 0);
    await expect(shifts(page)).resolves.toBe(0);
    await saveScreenshot(page, 'badge-above-fixed-footer');
    await chip(page).click();
    await page.getByTestId('badge-panel').waitFor();
    expect(JSON.stringify(await seriousAxeViolations(page, 'parallax-badge'))).toBe('[]');
    await expect(
      page.evaluate(() => (window as unknown as { __shifts: number }).__shifts),
    ).resolves.toBe(0);
    await saveScreenshot(page, 'badge-dark-aggressive-page');
    await page.close();
  });

  it('moves clear of a fixed bar that appears later, without a layout shift', async () => {
    const page = await openArticle('www.reuters.com', REUTERS);
    await chip(page).waitFor({ timeout: 20_000 });
    await page.getByTestId('inline-badge').and(page.locator('[data-phase="ready"]')).waitFor();
    const before = await chip(page).boundingBox();
    // A chat button appears in the bottom-right corner, as such widgets do after load.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'site-chat';
      button.textContent = 'Chat with us';
      button.style.cssText =
        'position:fixed;right:12px;bottom:12px;width:260px;height:56px;z-index:10;' +
        'background:#0a6;color:#fff;border:0;border-radius:28px;font:16px sans-serif';
      document.body.append(button);
    });
    await expect
      .poll(async () => (await chipMeets(page, '#site-chat'))?.meets, { timeout: 5_000 })
      .toBe(false);
    const after = await chip(page).boundingBox();
    expect(after?.x).toBe(before?.x);
    expect(after?.y).toBeLessThan((before?.y ?? 0) - 40);
    await expect(shifts(page)).resolves.toBe(0);
    await saveScreenshot(page, 'badge-above-late-chat-button');

    // The bar goes away: the badge returns to its corner.
    await page.evaluate(() => document.getElementById('site-chat')?.remove());
    await expect
      .poll(async () => (await chip(page).boundingBox())?.y, { timeout: 5_000 })
      .toBe(before?.y);
    await expect(shifts(page)).resolves.toBe(0);

    // A fixed sidebar down the whole right edge: rising cannot help, the other corner can.
    await page.evaluate(() => {
      const aside = document.createElement('aside');
      aside.id = 'site-rail';
      aside.style.cssText =
        'position:fixed;right:0;top:80px;bottom:0;width:300px;background:#eef;z-index:10';
      document.body.append(aside);
    });
    await expect
      .poll(async () => (await chipMeets(page, '#site-rail'))?.meets, { timeout: 5_000 })
      .toBe(false);
    const left = await chip(page).boundingBox();
    expect(left?.x).toBe(16);
    expect(left?.y).toBe(before?.y);
    await expect(shifts(page)).resolves.toBe(0);
    await saveScreenshot(page, 'badge-left-of-fixed-rail');
    await page.close();
  });

  it('takes a theme chosen in Options while it is open', async () => {
    const page = await openArticle('www.reuters.com', REUTERS);
    await chip(page).waitFor({ timeout: 20_000 });
    await chip(page).click();
    await page.getByTestId('badge-panel').waitFor();
    const background = () =>
      page.getByTestId('badge-panel').evaluate((element) => getComputedStyle(element).background);
    const light = await background();
    try {
      await storeTheme('dark');
      await expect
        .poll(() => page.locator('parallax-badge').getAttribute('data-theme'))
        .toBe('dark');
      await expect.poll(background).not.toBe(light);
      await expect(page.getByTestId('badge-panel').count()).resolves.toBe(1);
      expect(JSON.stringify(await seriousAxeViolations(page, 'parallax-badge'))).toBe('[]');
      await saveScreenshot(page, 'badge-panel-live-dark-theme');
      await storeTheme('system');
      await expect.poll(() => page.locator('parallax-badge').getAttribute('data-theme')).toBeNull();
      await expect.poll(background).toBe(light);
    } finally {
      await storeTheme('system');
    }
    await page.close();
  });

  it('opens the full story in a new tab from the panel', async () => {
    const page = await openArticle('www.reuters.com', REUTERS);
    await chip(page).waitFor({ timeout: 20_000 });
    await page.getByTestId('inline-badge').and(page.locator('[data-phase="ready"]')).waitFor();
    await chip(page).click();
    const panel = page.getByTestId('badge-panel');
    await panel.waitFor();
    const headline = (await panel.getByTestId('story-title').textContent())?.trim();
    expect(headline).toBeTruthy();
    const [story] = await Promise.all([
      browser.context.waitForEvent('page', { timeout: 15_000 }),
      panel.getByTestId('open-story').click(),
    ]);
    await story.waitForLoadState();
    const url = new URL(story.url());
    expect(url.protocol).toBe('chrome-extension:');
    expect(url.pathname).toBe('/story.html');
    expect(url.searchParams.get('id')).toBeTruthy();
    await story.getByTestId('story-page').waitFor({ timeout: 15_000 });
    await expect(story.getByTestId('story-title').textContent()).resolves.toContain(headline ?? '');
    await expect(story.getByTestId('articles-heading').textContent()).resolves.toMatch(
      /Articles \(\d+\)/,
    );
    await saveScreenshot(story, 'badge-opened-story-page');
    await story.close();
    await page.close();
  });

  it('is not on pages that are not articles, and can be turned off for a site', async () => {
    const home = await openArticle('www.reuters.com', '/');
    await home.waitForTimeout(1500);
    await expect(home.locator('parallax-badge').count()).resolves.toBe(0);
    await home.close();

    const page = await openArticle('www.reuters.com', REUTERS);
    await chip(page).waitFor({ timeout: 20_000 });
    await chip(page).click();
    await page.getByTestId('badge-turn-off').click();
    await expect(
      page.locator('parallax-badge').waitFor({ state: 'detached' }),
    ).resolves.toBeUndefined();
    await page.reload();
    await page.waitForTimeout(1500);
    await expect(page.locator('parallax-badge').count()).resolves.toBe(0);
    await page.close();
  });
});
