import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from './harness/backend-process';
import { type E2eWorld, startE2eWorld } from './harness/e2e-world';
import { type ExtensionBrowser, saveScreenshot } from './harness/extension-browser';
import { tabIdOf } from './harness/extension-pages';
import type { SiteMap } from './harness/news-sites';

const ARTICLE_PATH = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SECOND_ARTICLE_PATH = '/world/americas/ottawa-approves-pipeline-review-2026-11-24/';
const SITES: SiteMap = {
  'www.reuters.com': {
    [ARTICLE_PATH]: 'reuters-article.html',
    [SECOND_ARTICLE_PATH]: 'reuters-second-article.html',
    '/': 'reuters-home.html',
  },
  'www.nytimes.com': {
    '/2026/11/22/books/town-library-rebuild.html': 'nytimes-uncovered-article.html',
  },
};

describe('popup against the real backend', () => {
  let world: E2eWorld;
  let backend: Backend;
  let browser: ExtensionBrowser;
  let sitesPort: number;

  beforeAll(async () => {
    world = await startE2eWorld(SITES, { inlineBadge: true });
    ({ backend, browser, sitesPort } = world);
  });

  afterAll(() => world?.close());

  /** Opens a page of a loopback news site and the popup for its tab. */
  async function openWithPopup(
    host: string,
    path: string,
  ): Promise<{ article: Page; popup: Page }> {
    const article = await browser.context.newPage();
    const url = `https://${host}:${sitesPort}${path}`;
    await article.goto(url);
    const tabId = await tabIdOf(browser, url);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    return { article, popup };
  }

  it('shows the rating, the coverage distribution and related articles by leaning', async () => {
    const { popup } = await openWithPopup('www.reuters.com', ARTICLE_PATH);
    await popup.getByTestId('story-card').waitFor({ timeout: 20_000 });

    await expect(popup.getByTestId('source-card').textContent()).resolves.toContain('Reuters');
    await expect(popup.getByTestId('bias-label').textContent()).resolves.toContain('Center');
    // 8 outlets: 3 left-leaning (NYT, CNN, MSNBC), 2 center (Reuters, The Hill),
    // 2 right-leaning (Fox News, Washington Examiner), 1 unrated; percentages over the 7 rated.
    const coverage = popup.getByTestId('coverage');
    await expect(coverage.getByTestId('coverage-left').textContent()).resolves.toMatch(
      /3\D+43\s*%/,
    );
    await expect(coverage.getByTestId('coverage-center').textContent()).resolves.toMatch(
      /2\D+29\s*%/,
    );
    await expect(coverage.getByTestId('coverage-right').textContent()).resolves.toMatch(
      /2\D+29\s*%/,
    );

    const leftGroup = popup.getByTestId('related-left');
    const left = leftGroup.locator('a');
    const center = popup.getByTestId('related-center').locator('a');
    const right = popup.getByTestId('related-right').locator('a');
    // The All view lists one article per side (issue 13: each side in the first screen); a
    // side's own filter lists all the preview carries.
    await popup.getByTestId('filter-left').click();
    await expect(left.count()).resolves.toBe(3);
    await popup.getByTestId('filter-center').click();
    // The Hill is linked; the article being read is shown as "You're reading this", unlinked.
    await expect(center.count()).resolves.toBe(1);
    await popup.getByTestId('filter-right').click();
    await expect(right.count()).resolves.toBe(2);
    await popup.getByTestId('filter-left').click();
    const leftText = await leftGroup.textContent();
    for (const outlet of ['The New York Times', 'CNN', 'MSNBC']) expect(leftText).toContain(outlet);
    await popup.getByTestId('filter-all').click();
    await expect(center.first().getAttribute('href')).resolves.toBe(
      'https://thehill.com/policy/energy-environment/5001234-great-lakes-water-treaty-senate',
    );
    await expect(center.first().getAttribute('target')).resolves.toBe('_blank');
    await saveScreenshot(popup, 'popup-story');
  });

  it('says when the page is not a news article', async () => {
    const { popup } = await openWithPopup('www.reuters.com', '/');
    const message = popup.getByTestId('state-message');
    await message.waitFor({ timeout: 20_000 });
    await expect(message.textContent()).resolves.toMatch(/(isn.t|not) a news article/i);
    await saveScreenshot(popup, 'popup-not-article');
  });

  it('says when no other outlet has covered the article yet', async () => {
    const { popup } = await openWithPopup(
      'www.nytimes.com',
      '/2026/11/22/books/town-library-rebuild.html',
    );
    await popup.getByTestId('state-message').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('bias-label').textContent()).resolves.toContain('Lean Left');
    await expect(popup.getByTestId('state-message').textContent()).resolves.toMatch(
      /no other outlets/i,
    );
    await saveScreenshot(popup, 'popup-no-story');
  });

  it('opens as the real toolbar popup on the active tab, in the theme chosen in Options', async () => {
    // The options page sets the theme, then serves as the extension page that can reach the
    // popup's window (chrome.extension.getViews): Playwright cannot attach to an action popup.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('theme-dark').check();
    await expect(options.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    const article = await browser.context.newPage();
    const url = `https://www.reuters.com:${sitesPort}${ARTICLE_PATH}`;
    await article.goto(url);
    const tabId = await tabIdOf(browser, url);
    await article.bringToFront();
    try {
      await browser.background.evaluate(async (tab) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            tabs: { get(id: number): Promise<{ windowId: number }> };
            windows: { update(id: number, options: { focused: boolean }): Promise<unknown> };
            action: { openPopup(options: { windowId: number }): Promise<void> };
          };
        };
        const { windowId } = await chrome.tabs.get(tab);
        // openPopup refuses a window that is not focused.
        await chrome.windows.update(windowId, { focused: true });
        await chrome.action.openPopup({ windowId });
      }, tabId);
      const seen = await options.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { extension: { getViews(filter: { type: 'popup' }): Window[] } };
        };
        for (let tries = 0; tries < 2000; tries++) {
          const [view] = chrome.extension.getViews({ type: 'popup' });
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
      // No ?tab=: the popup found the article as the active tab of its window by itself.
      expect(seen).toEqual({
        search: '',
        theme: 'dark',
        source: 'Reuters',
        title: 'Great Lakes water treaty heads to Senate for ratification',
      });
    } finally {
      await options.getByTestId('theme-system').check();
      await options.close();
    }
  });

  it('says clearly when the backend is down, and still shows the rating', async () => {
    await backend.stop();
    const { popup } = await openWithPopup('www.reuters.com', SECOND_ARTICLE_PATH);
    await popup.getByTestId('state-message').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('state-message').textContent()).resolves.toMatch(/can.t reach/i);
    await expect(popup.getByTestId('bias-label').textContent()).resolves.toContain('Center');
    await saveScreenshot(popup, 'popup-backend-unreachable');
  });
});
