import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_EXTENSION_DIR,
  gotoExtensionPage,
  saveFirefoxScreenshot,
} from './harness/firefox-browser';
import { type FirefoxWorld, startFirefoxWorld } from './harness/firefox-world';
import type { SiteMap } from './harness/news-sites';

const REUTERS = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SITES: SiteMap = {
  'www.reuters.com': { [REUTERS]: 'reuters-article.html', '/': 'reuters-home.html' },
};

/** The text of the first element matching `selector` (`>>>` pierces the badge's shadow root). */
async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector, { timeout: 20_000 });
  return (await element?.evaluate((node) => node.textContent ?? '')) ?? '';
}

/**
 * Waits for `selector` inside the badge's shadow root, then returns it. Polled: puppeteer's
 * waitForSelector watches the document with a MutationObserver, which sees nothing of what
 * changes inside a shadow root (the badge turning ready), and so can wait forever.
 */
async function inBadge(page: Page, selector: string) {
  await page.waitForFunction(
    (selector) => document.querySelector('parallax-badge')?.shadowRoot?.querySelector(selector),
    { timeout: 20_000, polling: 100 },
    selector,
  );
  const element = await page.$(`>>> ${selector}`);
  if (!element) throw new Error(`${selector} left the badge`);
  return element;
}

describe('the add-on in Firefox (MV2, WebDriver BiDi)', () => {
  let world: FirefoxWorld;

  beforeAll(async () => {
    world = await startFirefoxWorld(SITES, { inlineBadge: true });
  });

  afterAll(() => world?.close());

  async function openArticle(): Promise<{ page: Page; url: string }> {
    const page = await world.firefox.browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    const url = world.siteUrl('www.reuters.com', REUTERS);
    await page.goto(url);
    return { page, url };
  }

  it('is built as MV2 with a background page and browser_action, declaring no data collection', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    // MV2 takes a plain list: WXT drops Chrome's use_dynamic_url (wxt.config.ts) for it.
    expect(manifest.web_accessible_resources).toEqual(['inline-badge.js']);
    // MV2 Firefox: a background page (scripts), not Chromium's service worker.
    expect(manifest.background.scripts).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_action?.default_popup).toBe('popup.html');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    // No host access at install: click-only (activeTab) until the reader opts in, and then the
    // origins MV2 lists as optional_permissions (Firefox MV2 has no optional_host_permissions).
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(manifest.optional_permissions).toEqual(['*://*/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('keeps per-tab state in storage.session, as in Chromium', async () => {
    const { page, url } = await openArticle();
    const tabId = await world.tabIdOf(url);
    const state = (await world.sessionStates())[`tab:${tabId}`];
    expect(state?.pageUrl).toBe(url);
    // storage.session is the background's per-tab memory, never written to disk: not in local.
    const local = await world.control.evaluate(async () => {
      const { browser } = globalThis as unknown as {
        browser: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } };
      };
      return Object.keys(await browser.storage.local.get(null));
    });
    expect(local.filter((key) => key.startsWith('tab:'))).toEqual([]);
    await page.close();
  });

  it('shows the inline badge on a Reuters article, and its panel opens the story page', async () => {
    const { page } = await openArticle();
    await inBadge(page, '[data-testid="inline-badge"][data-phase="ready"]');
    await expect(textOf(page, '>>> [data-testid="badge-chip"]')).resolves.toBe(
      'Parallax: Reuters is Center. 8 outlets cover this story: 3 left, 2 center, 2 right.',
    );
    await saveFirefoxScreenshot(page, 'badge');
    await (await inBadge(page, '[data-testid="badge-chip"]')).click();
    const headline = (
      await (
        await inBadge(page, '[data-testid="badge-panel"] [data-testid="story-title"]')
      ).evaluate((node) => node.textContent ?? '')
    ).trim();
    expect(headline).toBeTruthy();
    await saveFirefoxScreenshot(page, 'badge-opened');

    // The story opens in a new tab; its target's url stays about:blank to BiDi (the page loads
    // in the extension process), so the new tab is found as new, and its address read from it.
    const before = new Set(world.firefox.browser.targets());
    const opened = world.firefox.browser.waitForTarget((target) => !before.has(target), {
      timeout: 15_000,
    });
    await (await inBadge(page, '[data-testid="badge-panel"] [data-testid="open-story"]')).click();
    const story = await (await opened).page();
    if (!story) throw new Error('The story tab has no page');
    await story.waitForSelector('[data-testid="story-page"]', { timeout: 15_000 });
    const url = new URL(await story.evaluate(() => location.href));
    expect(url.protocol).toBe('moz-extension:');
    expect(url.searchParams.get('id')).toBeTruthy();
    expect(url.pathname).toBe('/story.html');
    await story.setViewport({ width: 1200, height: 800 });
    await expect(textOf(story, '[data-testid="story-title"]')).resolves.toContain(headline);
    await expect(textOf(story, '[data-testid="articles-heading"]')).resolves.toMatch(
      /Articles \(\d+\)/,
    );
    await saveFirefoxScreenshot(story, 'story-page');
    await story.close();
    await page.close();
  });

  it('popup: the rating, the coverage split and related articles by leaning', async () => {
    const { page, url } = await openArticle();
    const tabId = await world.tabIdOf(url);
    const popup = await world.firefox.browser.newPage();
    await popup.setViewport({ width: 380, height: 600 });
    await gotoExtensionPage(
      popup,
      world.firefox.extensionUrl(`popup.html?tab=${tabId}`),
      '[data-testid="story-card"]',
    );
    await expect(textOf(popup, '[data-testid="source-card"]')).resolves.toContain('Reuters');
    await expect(textOf(popup, '[data-testid="bias-label"]')).resolves.toContain('Center');
    await expect(textOf(popup, '[data-testid="coverage-left"]')).resolves.toMatch(/3\D+43\s*%/);
    await expect(textOf(popup, '[data-testid="coverage-center"]')).resolves.toMatch(/2\D+29\s*%/);
    await expect(textOf(popup, '[data-testid="coverage-right"]')).resolves.toMatch(/2\D+29\s*%/);
    await saveFirefoxScreenshot(popup, 'popup');
    // Outlets by leaning, as their group headings count them (long groups fold behind "Show more").
    await expect(textOf(popup, '[data-testid="related-left"]')).resolves.toMatch(/3 outlets/);
    await expect(textOf(popup, '[data-testid="related-center"]')).resolves.toMatch(/2 outlets/);
    await expect(textOf(popup, '[data-testid="related-right"]')).resolves.toMatch(/2 outlets/);
    await expect(
      popup.$eval('[data-testid="related-center"] a', (link) => link.getAttribute('href')),
    ).resolves.toBe(
      'https://thehill.com/policy/energy-environment/5001234-great-lakes-water-treaty-senate',
    );
    await popup.close();
    await page.close();
  });

  it('opens as the real toolbar popup (MV2 browserAction) on the active tab, in the theme chosen in Options', async () => {
    const { control } = world;
    await control.locator('[data-testid="theme-dark"]').click();
    await control.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    const { page } = await openArticle();
    await page.bringToFront();
    try {
      const seen = await control.evaluate(async () => {
        const { browser } = globalThis as unknown as {
          browser: {
            browserAction: { openPopup(): Promise<void> };
            extension: { getViews(filter: { type: 'popup' }): Window[] };
          };
        };
        // Firefox MV2: browserAction, not Chromium MV3's action; the popup is the active tab's.
        await browser.browserAction.openPopup();
        for (let tries = 0; tries < 2000; tries++) {
          const [view] = browser.extension.getViews({ type: 'popup' });
          const title = view?.document.querySelector('[data-testid="story-title"]');
          if (view && title) {
            const seen = {
              search: view.location.search,
              theme: view.document.documentElement.getAttribute('data-theme'),
              source: view.document.querySelector('[data-testid="source-name"]')?.textContent,
              title: title.textContent,
            };
            view.close();
            return seen;
          }
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        return null;
      });
      // Opened from the toolbar, the popup finds its tab itself (no ?tab=).
      expect(seen).toMatchObject({ search: '', theme: 'dark', source: 'Reuters' });
      expect(seen?.title).toContain('Great Lakes');
    } finally {
      await control.locator('[data-testid="theme-system"]').click();
      await page.close();
    }
  });
});
