import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveFirefoxScreenshot } from './harness/firefox-browser';
import {
  type FirefoxWorld,
  firefoxBadgeMatches,
  startFirefoxWorld,
  turnOnFirefoxInlineBadge,
} from './harness/firefox-world';
import type { SiteMap } from './harness/news-sites';

const REUTERS = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SITES: SiteMap = {
  'www.reuters.com': { [REUTERS]: 'reuters-article.html' },
  // The bare domain: one `*.` pattern covers it too (content-registration/match-patterns.ts).
  'reuters.com': { [REUTERS]: 'reuters-article.html' },
};
/** Long enough for a content script at document_idle to have run and reported, had one run. */
const SETTLE_MS = 2500;

type Ext = {
  browser: {
    browserAction: { openPopup(): Promise<void> };
    extension: { getViews(filter: { type: 'popup' }): Window[] };
    permissions: {
      contains(p: { origins: string[] }): Promise<boolean>;
      remove(p: { origins: string[] }): Promise<boolean>;
    };
    storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  };
};

/**
 * Firefox (MV2): click-only by default, the opt-in through Options, the click-only path of the
 * toolbar popup, and a revocation that takes Parallax back to click-only. A programmatic
 * browserAction.openPopup() is no user click, so Firefox grants it no activeTab; the click-only
 * popup is therefore checked with the host access granted and the badge turned off, which is
 * the same injection (scripting.executeScript of detect-tab.js) under a different grant.
 */
describe('click-only and the inline badge in Firefox', () => {
  let world: FirefoxWorld;

  beforeAll(async () => {
    world = await startFirefoxWorld(SITES);
  });

  afterAll(() => world?.close());

  async function openArticle(host = 'www.reuters.com'): Promise<Page> {
    const page = await world.firefox.browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    await page.goto(world.siteUrl(host, REUTERS));
    return page;
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const badges = (page: Page) =>
    page.evaluate(() => document.querySelectorAll('parallax-badge').length);
  const hostAccess = () =>
    world.control.evaluate(() =>
      (globalThis as unknown as Ext).browser.permissions.contains({ origins: ['*://*/*'] }),
    );
  const storedBadge = () =>
    world.control.evaluate(
      async () => (await (globalThis as unknown as Ext).browser.storage.local.get('badge')).badge,
    );
  async function waitForMatches(check: (m: string[] | null) => boolean): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (!check(await firefoxBadgeMatches(world.control))) {
      if (Date.now() > deadline) throw new Error('the registered badge script did not follow');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('runs nothing on any page by default: no host access, no script, no badge, no report', async () => {
    expect(await hostAccess()).toBe(false);
    expect(await firefoxBadgeMatches(world.control)).toBeNull();
    const page = await openArticle();
    await settle();
    expect(await badges(page)).toBe(0);
    expect(Object.keys(await world.sessionStates())).toEqual([]);
    await page.close();
  });

  it('turns the badge on from Options; off again, the toolbar popup still detects the article', async () => {
    await turnOnFirefoxInlineBadge(world.control);
    expect(await hostAccess()).toBe(true);
    expect(await firefoxBadgeMatches(world.control)).toContain('*://*.reuters.com/*');
    const page = await openArticle();
    await page.waitForFunction(() => document.querySelector('parallax-badge'), {
      timeout: 20_000,
      polling: 100,
    });
    await saveFirefoxScreenshot(page, 'badge-after-opt-in');
    await page.close();
    const bare = await openArticle('reuters.com');
    await bare.waitForFunction(() => document.querySelector('parallax-badge'), {
      timeout: 20_000,
      polling: 100,
    });
    await bare.close();

    await world.control.locator('[data-testid="badge-turn-off"]').click();
    await waitForMatches((matches) => matches === null);
    const article = await openArticle();
    await settle();
    expect(await badges(article)).toBe(0);
    expect(Object.keys(await world.sessionStates())).toEqual([]);

    await article.bringToFront();
    const seen = await world.control.evaluate(async () => {
      const { browser } = globalThis as unknown as Ext;
      await browser.browserAction.openPopup();
      // By time, not tries: this tab is in the background, where Firefox slows its timers.
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const [view] = browser.extension.getViews({ type: 'popup' });
        const title = view?.document.querySelector('[data-testid="story-title"]');
        if (view && title) {
          const seen = {
            source: view.document.querySelector('[data-testid="source-name"]')?.textContent,
            title: title.textContent,
          };
          view.close();
          return seen;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const [view] = browser.extension.getViews({ type: 'popup' });
      return { source: null, title: view?.document.body.textContent ?? 'no popup' };
    });
    expect(seen).toMatchObject({ source: 'Reuters' });
    expect(seen?.title).toContain('Great Lakes');
    // The detection ran once for the popup and mounted no badge.
    expect(await badges(article)).toBe(0);
    await article.close();
  });

  it('goes back to click-only when the host access is revoked, and the setting says so', async () => {
    await world.control.locator('[data-testid="badge-turn-on"]').click();
    await world.control.locator('[data-testid="badge-allow"]').click();
    await waitForMatches((matches) => matches?.includes('*://*.reuters.com/*') ?? false);

    // Revoked outside Parallax's own switch (about:addons → Permissions does the same).
    await world.control.evaluate(() =>
      (globalThis as unknown as Ext).browser.permissions.remove({ origins: ['*://*/*'] }),
    );
    await waitForMatches((matches) => matches === null);
    await world.control.waitForSelector('[data-testid="badge-mode"][data-mode="click-only"]', {
      timeout: 10_000,
    });
    expect(await storedBadge()).toMatchObject({ enabled: false });
    await world.control.waitForFunction(
      () =>
        /taken back/.test(
          document.querySelector('[data-testid="badge-access-status"]')?.textContent ?? '',
        ),
      { timeout: 10_000 },
    );
    await saveFirefoxScreenshot(world.control, 'options-after-revocation');
    const page = await openArticle();
    await settle();
    expect(await badges(page)).toBe(0);
    await page.close();
  });
});
