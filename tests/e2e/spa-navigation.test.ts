import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eWorld, startE2eWorld } from './harness/e2e-world';
import { type ExtensionBrowser, saveScreenshot } from './harness/extension-browser';
import { readTabState, tabIdOf } from './harness/extension-pages';
import type { SiteMap } from './harness/news-sites';

const PIPELINE_PATH = '/world/americas/ottawa-approves-pipeline-review-2026-11-24/';
const TREATY_PATH = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const TREATY_TITLE = 'US and Canada sign Great Lakes water-sharing treaty after two years of talks';
// A single-page Reuters: the pipeline article, whose router moves to the treaty article.
const SITES: SiteMap = { 'www.reuters.com': { [PIPELINE_PATH]: 'reuters-spa.html' } };

describe('single-page navigation', () => {
  let world: E2eWorld;
  let browser: ExtensionBrowser;
  let sitesPort: number;

  beforeAll(async () => {
    world = await startE2eWorld(SITES, { inlineBadge: true });
    ({ browser, sitesPort } = world);
  });

  afterAll(() => world?.close());

  it('follows a single-page navigation from one article to the next, late metadata included', async () => {
    const origin = `https://www.reuters.com:${sitesPort}`;
    const page = await browser.context.newPage();
    await page.goto(`${origin}${PIPELINE_PATH}`);
    const tabId = await tabIdOf(browser, `${origin}${PIPELINE_PATH}`);
    await expect
      .poll(async () => (await readTabState(browser, tabId))?.detected?.title, { timeout: 15_000 })
      .toBe('Ottawa orders new review of cross-border pipeline');

    // The router changes the URL at once and the metadata 600 ms later.
    await page.click('#next');
    await expect
      .poll(async () => (await readTabState(browser, tabId))?.pageUrl, { timeout: 15_000 })
      .toBe(`${origin}${TREATY_PATH}`);
    const state = await readTabState(browser, tabId);
    // Never the previous article under the new address: the new URL waited for its metadata.
    expect(state?.detected).toMatchObject({
      title: TREATY_TITLE,
      url: `https://reuters.com${TREATY_PATH.replace(/\/$/, '')}`,
    });

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('story-card').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('source-card').textContent()).resolves.toContain('Reuters');
    await expect(popup.getByTestId('story-card').textContent()).resolves.toMatch(/Great Lakes/);
    await saveScreenshot(popup, 'popup-after-spa-navigation');
  });
});
