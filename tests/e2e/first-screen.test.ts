import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHIP } from '../../components/shared/styles/design-tokens';
import { seriousAxeViolations } from './harness/axe';
import { type E2eWorld, startE2eWorld } from './harness/e2e-world';
import { type ExtensionBrowser, SCREENSHOT_DIR, saveScreenshot } from './harness/extension-browser';
import { tabIdOf } from './harness/extension-pages';
import type { SiteMap } from './harness/news-sites';

// Issue 13: what a reader sees without scrolling, in the popup and in the opened badge panel.
const REUTERS = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SECOND = '/world/americas/ottawa-approves-pipeline-review-2026-11-24/';
const SITES: SiteMap = {
  'www.reuters.com': { [REUTERS]: 'reuters-article.html', [SECOND]: 'reuters-second-article.html' },
};
const POPUP = { width: 380, height: 600 };

/** The visible first screen only (saveScreenshot takes the full page). */
async function saveFirstScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The bottom of an element in the page's own coordinates (scroll included). */
const bottomOf = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .first()
    .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);

describe('first screen: popup and badge panel', () => {
  let world: E2eWorld;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    world = await startE2eWorld(SITES, { inlineBadge: true });
    ({ browser } = world);
  });

  afterAll(() => world?.close());

  async function openPopup(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const url = world.siteUrl('www.reuters.com', REUTERS);
    const article = await browser.context.newPage();
    await article.goto(url);
    const tabId = await tabIdOf(browser, url);
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('related').waitFor({ timeout: 20_000 });
    return popup;
  }

  it('shows the story, its coverage and the other outlets in the first 600 px', async () => {
    const popup = await openPopup();
    await saveFirstScreen(popup, 'popup-first-screen');
    const firstScreen: Record<string, number> = {};
    for (const id of ['source-card', 'story-title', 'coverage', 'open-story', 'related-left']) {
      firstScreen[id] = await bottomOf(popup, id);
    }
    // The first article of each side is on screen too.
    for (const side of ['left', 'center', 'right'] as const) {
      firstScreen[`first ${side} article`] = await popup
        .getByTestId(`related-${side}`)
        .locator('li')
        .first()
        .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
    }
    console.log('popup first screen (bottom edge, px):', JSON.stringify(firstScreen));
    for (const [id, bottom] of Object.entries(firstScreen)) {
      expect(bottom, `${id} ends at ${bottom} px`).toBeLessThanOrEqual(POPUP.height);
    }
    // The reader's own article is in its group, and every group's count is the bar's count.
    const reading = popup.getByTestId('related-center').getByTestId('reading-this');
    await expect(reading.textContent()).resolves.toContain("You're reading this");
    for (const side of ['left', 'center', 'right'] as const) {
      const bar = await popup.getByTestId(`coverage-${side}`).locator('strong').textContent();
      const group = await popup.getByTestId(`related-${side}`).getByTestId('related-count');
      await expect(group.textContent()).resolves.toMatch(new RegExp(`^\\(${bar} outlets?\\)$`));
    }
    // Provenance in words; details behind the disclosure, closed.
    await expect(popup.getByTestId('provenance').textContent()).resolves.toMatch(
      /^AllSides rating, [A-Z][a-z]{2} \d{4}/,
    );
    await expect(popup.getByTestId('ratings').isVisible()).resolves.toBe(false);
    expect(JSON.stringify(await seriousAxeViolations(popup))).toBe('[]');
    await popup.getByTestId('provenance').click();
    await expect(popup.getByTestId('ratings').isVisible()).resolves.toBe(true);
    await expect(popup.getByTestId('source-details').textContent()).resolves.not.toMatch(
      /\d{4}-\d{2}-\d{2}/,
    );
    expect(JSON.stringify(await seriousAxeViolations(popup))).toBe('[]');
    await saveScreenshot(popup, 'popup-source-details');
    await popup.close();
  });

  it('keeps the first screen in dark mode', async () => {
    const popup = await openPopup('dark');
    await saveFirstScreen(popup, 'popup-first-screen-dark');
    await expect(bottomOf(popup, 'related-left')).resolves.toBeLessThanOrEqual(POPUP.height);
    expect(JSON.stringify(await seriousAxeViolations(popup))).toBe('[]');
    await popup.close();
  });

  it.each([
    { width: 1280, height: 800 },
    { width: 1024, height: 600 },
    { width: 390, height: 844 },
  ])(
    'opens the badge panel below the headline and within half of a $width×$height viewport',
    async (viewport) => {
      const page = await browser.context.newPage();
      // The panel fades in: screenshots and boxes of the settled panel, not of its first frame.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize(viewport);
      await page.goto(world.siteUrl('www.reuters.com', REUTERS));
      const chip = page.getByTestId('badge-chip');
      await chip.waitFor({ timeout: 20_000 });
      await page.getByTestId('inline-badge').and(page.locator('[data-phase="ready"]')).waitFor();
      const chipBox = await chip.boundingBox();
      await chip.click();
      const panel = page.getByTestId('badge-panel');
      await panel.getByTestId('story-card').waitFor();
      const box = await panel.boundingBox();
      const headline = await page.locator('h1').first().boundingBox();
      const open = await panel.getByTestId('open-story').boundingBox();
      await saveFirstScreen(page, `badge-panel-${viewport.width}x${viewport.height}`);
      console.log(
        `badge at ${viewport.width}×${viewport.height}: panel ${box?.height.toFixed(0)} px ` +
          `(${(((box?.height ?? 0) / viewport.height) * 100).toFixed(0)}% of the viewport), ` +
          `chip ${chipBox?.width.toFixed(0)} px wide`,
      );
      if (!box || !headline || !open || !chipBox)
        throw new Error('panel, headline or action missing');
      expect(box.height).toBeLessThanOrEqual(viewport.height / 2);
      expect(box.y).toBeGreaterThanOrEqual(headline.y + headline.height);
      // The main action is inside the panel's visible box, no scrolling needed.
      expect(open.y).toBeGreaterThanOrEqual(box.y);
      expect(open.y + open.height).toBeLessThanOrEqual(box.y + box.height);
      // The chip names the outlet and is no wider than what it says.
      await expect(chip.textContent()).resolves.toContain('Reuters');
      expect(chipBox.width).toBeLessThan(CHIP.width);
      const truncated = await page.evaluate(() => {
        const outlet = document
          .querySelector('parallax-badge')
          ?.shadowRoot?.querySelector('.badge__outlet');
        return outlet ? outlet.scrollWidth > outlet.clientWidth : null;
      });
      expect(truncated).toBe(false);
      expect(JSON.stringify(await seriousAxeViolations(page, 'parallax-badge'))).toBe('[]');
      await page.close();
    },
  );

  // Last: stops the backend for the rest of this file.
  it('says the backend is down in the popup and the badge, still rating the outlet', async () => {
    await world.backend.stop();
    // An article not looked up before: nothing cached to fall back on.
    const url = world.siteUrl('www.reuters.com', SECOND);
    const article = await browser.context.newPage();
    await article.emulateMedia({ reducedMotion: 'reduce' });
    await article.goto(url);
    const chip = article.getByTestId('badge-chip');
    await chip.waitFor({ timeout: 20_000 });
    await article.locator('[data-phase="backend-unreachable"]').waitFor({ timeout: 20_000 });
    await expect(chip.textContent()).resolves.toContain('Reuters');
    await expect(chip.textContent()).resolves.toContain('offline');
    await chip.click();
    await article.getByTestId('badge-panel').waitFor();
    expect(JSON.stringify(await seriousAxeViolations(article, 'parallax-badge'))).toBe('[]');
    await saveFirstScreen(article, 'badge-panel-backend-down');
    const tabId = await tabIdOf(browser, url);
    const popup = await browser.context.newPage();
    await popup.setViewportSize(POPUP);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('state-message').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('bias-label').textContent()).resolves.toBe('Center');
    expect(JSON.stringify(await seriousAxeViolations(popup))).toBe('[]');
    await saveFirstScreen(popup, 'popup-backend-down');
  });
});
