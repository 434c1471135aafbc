import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe';
import { type E2eWorld, startE2eWorld } from './harness/e2e-world';
import { type ExtensionBrowser, SCREENSHOT_DIR, saveScreenshot } from './harness/extension-browser';
import { tabIdOf } from './harness/extension-pages';
import type { SiteMap } from './harness/news-sites';

const ARTICLE_PATH = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SITES: SiteMap = { 'www.reuters.com': { [ARTICLE_PATH]: 'reuters-article.html' } };
const STORY_ID = 'e2e-water-treaty';

/** The popup, story page and options page: what they show, in light and dark, and axe. */
describe('reader pages', () => {
  let world: E2eWorld;
  let browser: ExtensionBrowser;
  let tabId: number;

  beforeAll(async () => {
    world = await startE2eWorld(SITES, { inlineBadge: true });
    browser = world.browser;
    const article = await browser.context.newPage();
    const url = world.siteUrl('www.reuters.com', ARTICLE_PATH);
    await article.goto(url);
    tabId = await tabIdOf(browser, url);
  });

  afterAll(() => world?.close());

  const extensionPage = async (path: string, width: number, scheme?: 'dark'): Promise<Page> => {
    const page = await browser.context.newPage();
    if (scheme) await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    return page;
  };

  it('popup: story card, filters, Open full story; no serious axe violations', async () => {
    const popup = await extensionPage(`popup.html?tab=${tabId}`, 380);
    await popup.getByTestId('story-card').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('time-ago').count()).resolves.toBeGreaterThan(0);
    await expect(popup.getByTestId('bias-chip').count()).resolves.toBeGreaterThan(0);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-ready');

    await popup.getByTestId('filter-right').click();
    await expect(popup.getByTestId('related-left').count()).resolves.toBe(0);
    await expect(popup.getByTestId('related-right').locator('a').count()).resolves.toBe(2);
    await saveScreenshot(popup, 'popup-filter-right');

    const opened = browser.context.waitForEvent('page');
    await popup.getByTestId('open-story').click();
    const story = await opened;
    await story.waitForLoadState();
    expect(story.url()).toContain(`/story.html?id=${STORY_ID}`);
    await story.getByTestId('story-page').waitFor({ timeout: 20_000 });
    await story.close();
  });

  it('popup in dark mode has no serious axe violations', async () => {
    const popup = await extensionPage(`popup.html?tab=${tabId}`, 380, 'dark');
    await popup.getByTestId('story-card').waitFor({ timeout: 20_000 });
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-ready-dark');
  });

  it('story page: overview, coverage, framing, articles by leaning, timeline', async () => {
    const page = await extensionPage(`story.html?id=${STORY_ID}`, 1000);
    await page.getByTestId('story-page').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('articles-heading').textContent()).resolves.toBe(
      'Articles (8) · Left (3) · Center (2) · Right (2) · Not rated (1)',
    );
    await expect(page.getByTestId('timeline').locator('li').count()).resolves.toBe(8);
    // The fixture's texts are long enough for an overview and for framing on both sides.
    const overview = await page.getByTestId('overview').locator('li').count();
    expect(overview).toBeGreaterThanOrEqual(3);
    expect(overview).toBeLessThanOrEqual(5);
    await expect(page.getByTestId('framing-left').textContent()).resolves.toContain('climate');
    await expect(page.getByTestId('framing-right').textContent()).resolves.toContain('farmers');
    await expect(page.getByTestId('story-attribution').textContent()).resolves.toMatch(
      /AllSides.*CC BY-NC 4\.0/,
    );
    await expect(page.title()).resolves.toContain('Great Lakes');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'story-page');
  });

  it('story page in dark mode, and for an unknown story', async () => {
    const page = await extensionPage(`story.html?id=${STORY_ID}`, 1000, 'dark');
    await page.getByTestId('story-page').waitFor({ timeout: 20_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'story-page-dark');

    const missing = await extensionPage('story.html?id=no-such-story', 800);
    await missing.getByTestId('state-message').waitFor({ timeout: 20_000 });
    await expect(missing.getByTestId('state-message').textContent()).resolves.toMatch(
      /no longer knows this story/,
    );
    await saveScreenshot(missing, 'story-page-not-found');
  });

  it('options: theme, badge sites, clear cache, data sources; no serious axe violations', async () => {
    const page = await extensionPage('options.html', 800);
    await page.getByTestId('backend-url').waitFor();
    await page.getByTestId('badge-site').fill('https://www.example-news.com/path');
    await page.getByTestId('badge-site-add').click();
    await expect(page.getByTestId('badge-sites').textContent()).resolves.toContain(
      'example-news.com',
    );
    await page.getByTestId('clear-cache').click();
    await expect(
      page
        .getByTestId('clear-status')
        .getByText(/Cleared \d+ cached/)
        .waitFor(),
    ).resolves.toBeUndefined();

    // The raters of the index in use (bundled, or the backend's: both carry the catalog's
    // AllSides ratings), and the backend the stories come from.
    const allSides = page.getByTestId('rater').filter({ hasText: 'AllSides' });
    await expect(allSides.getByTestId('licence').textContent()).resolves.toBe('CC BY-NC 4.0');
    await expect(allSides.getByTestId('rater-coverage').textContent()).resolves.toMatch(
      /^Rates the bias of \d{3} outlets · rated on 2023-11-15$/,
    );
    await expect(page.getByTestId('index-origin').textContent()).resolves.toMatch(
      /covers \d{3} outlets/,
    );
    await expect(page.getByTestId('story-backend').textContent()).resolves.toContain(
      world.backend.url,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'options');
    await page
      .getByTestId('data-sources-section')
      .screenshot({ path: join(SCREENSHOT_DIR, 'options-data-sources.png') });

    await page.getByTestId('theme-dark').check();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'options-dark');
    await page
      .getByTestId('data-sources-section')
      .screenshot({ path: join(SCREENSHOT_DIR, 'options-data-sources-dark.png') });

    // A theme picked in Options wins over the system's; "system" follows it again.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByTestId('theme-light').check();
    await expect.poll(background).toBe('rgb(247, 247, 245)');
    await page.getByTestId('theme-system').check();
    await expect.poll(background).toBe('rgb(21, 20, 18)');
  });
});
