import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe';
import { type Backend, runCli, startBackend } from './harness/backend-process';
import { STORY_FIXTURE } from './harness/e2e-world';
import {
  type ExtensionBrowser,
  launchWithExtension,
  saveScreenshot,
} from './harness/extension-browser';
import { setBackendUrl } from './harness/extension-pages';
import { freePort } from './harness/free-port';
import { turnOnInlineBadge } from './harness/inline-badge-opt-in';
import { hostResolverRules, type SiteMap, startNewsSites } from './harness/news-sites';

const MSN_INSIDER =
  '/en-us/money/companies/why-chip-makers-are-racing-to-build-in-the-desert/ar-AA1pX3k2';
const MSN_UNRATED = '/en-us/news/us/harbour-ferry-returns-after-a-two-year-refit/ar-AA1qQ7z9';
const LA_NACION = '/politica/el-congreso-aprobo-el-presupuesto-2027-nid01122026/';
const HARBOURVIEW = '/news/2026/11/29/harbour-ferry-returns/';
const DOCS = '/guide/install/';
const SITES: SiteMap = {
  'www.msn.com': {
    [MSN_INSIDER]: 'msn-syndicated-article.html',
    [MSN_UNRATED]: 'msn-uncovered-outlet-article.html',
  },
  'www.lanacion.com.ar': { [LA_NACION]: 'lanacion-article.html', '/': 'lanacion-home.html' },
  // Outside every index: only the reader's click on the toolbar button reads a page there.
  'www.harbourview-courier.com': { [HARBOURVIEW]: 'harbourview-article.html' },
  'docs.toolkit-example.org': { [DOCS]: 'docs-page.html' },
};

type Scheme = 'light' | 'dark';

/**
 * Reliability readings for the backend's index (the index in use once Options points at it):
 * a project-written rater, so no real rater's verdict is restated here.
 */
const RELIABILITY_RATINGS = join(import.meta.dirname, '../fixtures/e2e/reliability-ratings.csv');

describe('portals, reliability-only outlets and unknown sites (issue 12 items 3–5)', () => {
  let workDir: string;
  let backend: Backend;
  let sites: Server;
  let port: number;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-portals-'));
    const env = { PARALLAX_DB: join(workDir, 'parallax.db'), PARALLAX_INGEST: 'off' };
    await runCli(['import', STORY_FIXTURE], env);
    await runCli(['sources', 'import', '--format', 'csv', RELIABILITY_RATINGS], env);
    backend = await startBackend(await freePort(), env);
    port = await freePort();
    sites = await startNewsSites(SITES, port);
    browser = await launchWithExtension(hostResolverRules(SITES));
    await setBackendUrl(browser, backend.url);
    await turnOnInlineBadge(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
    sites?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  /** The tab showing `url`, from the browser itself (outside the index nothing reports it). */
  async function tabOf(url: string): Promise<number> {
    const id = await browser.background.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
      };
      return (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`No tab shows ${url}.`);
    return id;
  }

  /** What the toolbar button shows on tab `tabId`: its badge text and its title. */
  function toolbarOf(tabId: number): Promise<{ text: string; title: string }> {
    return browser.background.evaluate(async (tabId) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          action: {
            getBadgeText(details: { tabId: number }): Promise<string>;
            getTitle(details: { tabId: number }): Promise<string>;
          };
        };
      };
      const [text, title] = await Promise.all([
        chrome.action.getBadgeText({ tabId }),
        chrome.action.getTitle({ tabId }),
      ]);
      return { text, title };
    }, tabId);
  }

  async function openPage(host: string, path: string, scheme: Scheme): Promise<Page> {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`https://${host}:${port}${path}`);
    return page;
  }

  /** The popup for the tab showing `page`, as the toolbar button opens it, in `scheme`. */
  async function popupFor(page: Page, scheme: Scheme): Promise<Page> {
    const tabId = await tabOf(page.url());
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  }

  const readyBadge = (page: Page) =>
    page
      .getByTestId('inline-badge')
      .and(page.locator('[data-phase="ready"]'))
      .waitFor({ timeout: 20_000 });

  for (const scheme of ['light', 'dark'] as const) {
    it(`an MSN page carrying Business Insider's article reads "Business Insider via MSN" (${scheme})`, async () => {
      const page = await openPage('www.msn.com', MSN_INSIDER, scheme);
      await readyBadge(page);
      await expect(page.getByTestId('badge-outlet').textContent()).resolves.toBe(
        'Business Insider via MSN',
      );
      // Business Insider's own bias, not MSN's reliability-only entry.
      await expect(page.getByTestId('badge-rating').textContent()).resolves.toBe('Lean Left');
      await page.getByTestId('badge-chip').click();
      const panel = page.getByTestId('badge-panel');
      await panel.waitFor();
      await expect(panel.getByTestId('source-name').textContent()).resolves.toBe(
        'Business Insider via MSN',
      );
      // Reliability beside bias, each rater in plain words.
      await expect(panel.getByTestId('reliability').textContent()).resolves.toBe(
        'Example Reliability Ratings, 2025 — mixed',
      );
      expect(JSON.stringify(await seriousAxeViolations(page, 'parallax-badge'))).toBe('[]');
      await saveScreenshot(page, `portal-msn-badge-${scheme}`);

      const popup = await popupFor(page, scheme);
      const name = popup.getByTestId('source-name');
      await name.waitFor({ timeout: 20_000 });
      await expect(name.textContent()).resolves.toBe('Business Insider via MSN');
      await expect(popup.getByTestId('bias-label').textContent()).resolves.toBe('Lean Left');
      await expect(popup.getByTestId('reliability-reading').first().textContent()).resolves.toBe(
        'Example Reliability Ratings, 2025 — mixed',
      );
      expect(JSON.stringify(await seriousAxeViolations(popup))).toBe('[]');
      await saveScreenshot(popup, `portal-msn-popup-${scheme}`);
      await popup.close();
      await page.close();
    });

    it(`an outlet only a reliability rater covers is rated: its band on chip and card (${scheme})`, async () => {
      const page = await openPage('www.lanacion.com.ar', LA_NACION, scheme);
      await readyBadge(page);
      const rating = await page.getByTestId('badge-rating').textContent();
      expect(rating).toBe('Reliable');
      await saveScreenshot(page, `reliability-only-badge-${scheme}`);
      // The toolbar button says so too: a neutral mark (no side's letter) and the reading in
      // its title, never the blank button of a site Parallax does not know.
      await expect(toolbarOf(await tabOf(page.url()))).resolves.toEqual({
        text: '•',
        title: expect.stringMatching(
          /^Parallax: .+\. Reliability: high \(Example Reliability Ratings, 2025\); no bias rating\.$/,
        ),
      });

      const popup = await popupFor(page, scheme);
      await popup.getByTestId('source-card').waitFor({ timeout: 20_000 });
      await expect(popup.getByTestId('source-card').getAttribute('data-rated')).resolves.toBe(
        'yes',
      );
      await expect(popup.getByTestId('bias-label').textContent()).resolves.toBe('High reliability');
      await expect(popup.getByTestId('bias-scale').count()).resolves.toBe(0);
      await expect(popup.getByTestId('reliability').textContent()).resolves.toBe(
        'Example Reliability Ratings, 2025 — high',
      );
      await expect(popup.textContent('body')).resolves.not.toMatch(/not rated/i);
      await popup.getByTestId('provenance').click();
      await expect(popup.getByTestId('ratings').textContent()).resolves.toContain('CC BY 4.0');
      expect(JSON.stringify(await seriousAxeViolations(popup))).toBe('[]');
      await saveScreenshot(popup, `reliability-only-popup-${scheme}`);
      await popup.close();
      await page.close();
    });

    it(`a portal article by an outlet no rater covers names it, with a report to copy (${scheme})`, async () => {
      const page = await openPage('www.msn.com', MSN_UNRATED, scheme);
      const popup = await popupFor(page, scheme);
      const site = popup.getByTestId('unknown-site');
      await site.waitFor({ timeout: 20_000 });
      await expect(site.getAttribute('data-kind')).resolves.toBe('news-unrated');
      await expect(popup.getByTestId('state-message').textContent()).resolves.toContain(
        'A news outlet no rater covers yet',
      );
      await expect(popup.getByTestId('site-name').textContent()).resolves.toBe(
        'Harbourview Courier via MSN',
      );
      await expect(popup.getByTestId('site-host').textContent()).resolves.toBe('www.msn.com');
      // No chip: there is no rating to show.
      await expect(page.getByTestId('badge-chip').count()).resolves.toBe(0);
      expect(JSON.stringify(await seriousAxeViolations(popup))).toBe('[]');
      await saveScreenshot(popup, `unrated-news-popup-${scheme}`);
      await popup.close();
      await page.close();
    });

    it(`a news site outside the index is named, with a report that sends nothing (${scheme})`, async () => {
      const page = await openPage('www.harbourview-courier.com', HARBOURVIEW, scheme);
      const popup = await popupFor(page, scheme);
      const site = popup.locator('[data-testid="unknown-site"][data-kind="news-unrated"]');
      await site.waitFor({ timeout: 20_000 });
      await expect(popup.getByTestId('state-message').textContent()).resolves.toContain(
        'A news outlet no rater covers yet',
      );
      await expect(popup.getByTestId('site-name').textContent()).resolves.toBe(
        'Harbourview Courier',
      );
      await expect(popup.getByTestId('site-host').textContent()).resolves.toBe(
        'www.harbourview-courier.com',
      );
      // No badge: the reader asked the popup, not the page, and there is no rating to show.
      await expect(page.getByTestId('badge-chip').count()).resolves.toBe(0);
      // Copy a report: the text goes to the clipboard and nowhere else. Headless Chromium grants
      // no clipboard to an extension page, so the page's writeText is watched in its place.
      await popup.evaluate(() => {
        const page = window as unknown as { copied?: string };
        navigator.clipboard.writeText = async (text: string) => {
          page.copied = text;
        };
      });
      await popup.getByTestId('copy-report-button').click();
      await popup
        .getByTestId('copy-report-status')
        .getByText(/^Copied/)
        .waitFor();
      const copied = await popup.evaluate(() => (window as unknown as { copied?: string }).copied);
      expect(copied).toContain('Site: www.harbourview-courier.com');
      expect(copied).toContain('Page title: Harbour ferry returns after a two-year refit');
      expect(copied).not.toContain(HARBOURVIEW);
      expect(JSON.stringify(await seriousAxeViolations(popup))).toBe('[]');
      await saveScreenshot(popup, `unknown-news-site-popup-${scheme}`);
      await popup.close();
      await page.close();
    });

    it(`a page outside the index that is no news article says so, by name (${scheme})`, async () => {
      const page = await openPage('docs.toolkit-example.org', DOCS, scheme);
      const popup = await popupFor(page, scheme);
      const site = popup.locator('[data-testid="unknown-site"][data-kind="not-news"]');
      await site.waitFor({ timeout: 20_000 });
      await expect(popup.getByTestId('state-message').textContent()).resolves.toContain(
        'This doesn’t look like a news article',
      );
      await expect(popup.getByTestId('site-name').textContent()).resolves.toBe(
        'Example Toolkit docs',
      );
      await expect(popup.getByTestId('site-host').textContent()).resolves.toBe(
        'docs.toolkit-example.org',
      );
      expect(JSON.stringify(await seriousAxeViolations(popup))).toBe('[]');
      await saveScreenshot(popup, `not-news-site-popup-${scheme}`);
      await popup.close();
      await page.close();
    });

    it(`a page of a rated outlet that is no article says so, with the outlet (${scheme})`, async () => {
      const page = await openPage('www.lanacion.com.ar', '/', scheme);
      const popup = await popupFor(page, scheme);
      const message = popup.getByTestId('state-message');
      await message.waitFor({ timeout: 20_000 });
      await expect(message.getAttribute('data-state')).resolves.toBe('not-article');
      await expect(popup.getByTestId('source-card').count()).resolves.toBe(1);
      await saveScreenshot(popup, `not-article-popup-${scheme}`);
      await popup.close();
      await page.close();
    });
  }
});
