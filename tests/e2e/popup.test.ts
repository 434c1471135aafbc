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
    world = await startE2eWorld(SITES);
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
    await expect(left.count()).resolves.toBe(3);
    await expect(center.count()).resolves.toBe(1); // The Hill; the article being read is left out.
    await expect(right.count()).resolves.toBe(2);
    const leftText = await leftGroup.textContent();
    for (const outlet of ['The New York Times', 'CNN', 'MSNBC']) expect(leftText).toContain(outlet);
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

  it('says clearly when the backend is down, and still shows the rating', async () => {
    await backend.stop();
    const { popup } = await openWithPopup('www.reuters.com', SECOND_ARTICLE_PATH);
    await popup.getByTestId('state-message').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('state-message').textContent()).resolves.toMatch(/can.t reach/i);
    await expect(popup.getByTestId('bias-label').textContent()).resolves.toContain('Center');
    await saveScreenshot(popup, 'popup-backend-unreachable');
  });
});
