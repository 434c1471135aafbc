import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, runCli, startBackend } from './harness/backend-process';
import { STORY_FIXTURE } from './harness/e2e-world';
import {
  type ExtensionBrowser,
  launchWithExtension,
  saveScreenshot,
} from './harness/extension-browser';
import { readTabState, setBackendUrl } from './harness/extension-pages';
import { freePort } from './harness/free-port';
import { registeredBadgeMatches, waitForBadgeMatches } from './harness/inline-badge-opt-in';
import { hostResolverRules, type SiteMap, startNewsSites } from './harness/news-sites';

const ARTICLE_PATH = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const LEDGER_HOST = 'www.tidewater-ledger.news';
const LEDGER_PATH = '/2026/11/30/harbor-board-dredging-vote.html';
const LEDGER_PATTERN = '*://*.tidewater-ledger.news/*';
const SITES: SiteMap = {
  'www.reuters.com': { [ARTICLE_PATH]: 'reuters-article.html' },
  [LEDGER_HOST]: { [LEDGER_PATH]: 'backend-only-article.html' },
  // The bare domain: one `*.` pattern covers it too (content-registration/match-patterns.ts).
  'tidewater-ledger.news': { [LEDGER_PATH]: 'backend-only-article.html' },
};
const LEDGER_RATINGS = join(import.meta.dirname, '../fixtures/e2e/backend-only-ratings.csv');

/** Long enough for a content script at document_idle to have run and reported, had one run. */
const SETTLE_MS = 2500;

/**
 * Click-only by default, the inline badge once the reader opts in (the explanation, then the
 * browser's prompt), and a badge on an outlet only a backend's index knows once that index is
 * in use (issue 12 item 2). Two backends: the first with the story fixture; the second with the
 * same stories and one more outlet rated (tests/fixtures/e2e/backend-only-ratings.csv), which
 * the extension learns of from its GET /v1/sources/index when Options switches to it.
 */
describe('click-only default, inline badge on opt-in, outlets from the backend index', () => {
  let workDir: string;
  let plainBackend: Backend;
  let ratedBackend: Backend;
  let sites: Server;
  let port: number;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-modes-'));
    const plainEnv = { PARALLAX_DB: join(workDir, 'plain.db'), PARALLAX_INGEST: 'off' };
    const ratedEnv = { PARALLAX_DB: join(workDir, 'rated.db'), PARALLAX_INGEST: 'off' };
    await runCli(['import', STORY_FIXTURE], plainEnv);
    await runCli(['import', STORY_FIXTURE], ratedEnv);
    await runCli(['sources', 'import', '--format', 'csv', LEDGER_RATINGS], ratedEnv);
    plainBackend = await startBackend(await freePort(), plainEnv);
    ratedBackend = await startBackend(await freePort(), ratedEnv);
    port = await freePort();
    sites = await startNewsSites(SITES, port);
    browser = await launchWithExtension(hostResolverRules(SITES));
    await setBackendUrl(browser, plainBackend.url);
  });

  afterAll(async () => {
    await browser?.close();
    await plainBackend?.stop();
    await ratedBackend?.stop();
    sites?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  const urlOf = (host: string, path: string) => `https://${host}:${port}${path}`;
  const badgeCount = (page: Page) => page.locator('parallax-badge').count();

  /** The tab showing `url`, from the browser itself: in click-only mode nothing reported it. */
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

  it('is click-only by default: nothing registered, no badge, and the popup shows the outlet and story', async () => {
    expect(await registeredBadgeMatches(browser)).toBeNull();
    const url = urlOf('www.reuters.com', ARTICLE_PATH);
    const article = await browser.context.newPage();
    await article.goto(url);
    await article.waitForTimeout(SETTLE_MS);
    expect(await badgeCount(article)).toBe(0);
    const tabId = await tabOf(url);
    // Nothing ran on the page, so the background knows nothing of it yet.
    expect(await readTabState(browser, tabId)).toBeNull();

    // The toolbar action: the popup opens on this tab, and asks the background to detect it.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('story-card').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('source-card').textContent()).resolves.toContain('Reuters');
    await expect(popup.getByTestId('bias-label').textContent()).resolves.toContain('Center');
    expect((await readTabState(browser, tabId))?.detected?.url).toContain(
      'great-lakes-water-treaty',
    );
    await saveScreenshot(popup, 'click-only-popup');
    // The detection mounted no badge: the reader has not turned it on.
    expect(await badgeCount(article)).toBe(0);
    await popup.close();
    await article.close();
  });

  it('turns the badge on from Options: the explanation first, then the prompt, then the badge', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const mode = options.getByTestId('badge-mode');
    await expect(mode.getAttribute('data-mode')).resolves.toBe('click-only');
    await options.getByTestId('badge-turn-on').click();
    const explanation = options.getByTestId('badge-explanation');
    await explanation.waitFor();
    const words = await explanation.textContent();
    expect(words).toMatch(/only on the sites of the news outlets in Parallax’s index/);
    expect(words).toMatch(/What it sends:\s*nothing, for this/);
    // Still nothing asked or registered: the explanation comes before the browser's prompt.
    expect(await registeredBadgeMatches(browser)).toBeNull();
    await explanation.scrollIntoViewIfNeeded();
    await saveScreenshot(options, 'badge-permission-explanation');

    await options.getByTestId('badge-allow').click();
    await options.locator('[data-testid="badge-mode"][data-mode="inline"]').waitFor();
    await expect(options.getByTestId('badge-access-status').textContent()).resolves.toMatch(
      /badge is on/,
    );
    const matches = await waitForBadgeMatches(
      browser,
      (m) => m?.includes('*://*.reuters.com/*') ?? false,
      'the bundled outlets',
    );
    // The bundled index does not know the ledger: no script there.
    expect(matches).not.toContain(LEDGER_PATTERN);
    await saveScreenshot(options, 'badge-permission-on');
    await options.close();

    const article = await browser.context.newPage();
    await article.goto(urlOf('www.reuters.com', ARTICLE_PATH));
    await article.locator('parallax-badge').waitFor({ state: 'attached', timeout: 20_000 });
    await article.close();

    // An outlet outside the index in use gets nothing at all: no script, so no report.
    const ledger = await browser.context.newPage();
    const ledgerUrl = urlOf(LEDGER_HOST, LEDGER_PATH);
    await ledger.goto(ledgerUrl);
    await ledger.waitForTimeout(SETTLE_MS);
    expect(await badgeCount(ledger)).toBe(0);
    expect(await readTabState(browser, await tabOf(ledgerUrl))).toBeNull();
    await ledger.close();
  });

  it('puts the badge on an outlet that only the backend’s updated index knows', async () => {
    await setBackendUrl(browser, ratedBackend.url);
    const matches = await waitForBadgeMatches(
      browser,
      (m) => m?.includes(LEDGER_PATTERN) ?? false,
      'the backend-only outlet',
    );
    expect(matches).not.toContain('*://tidewater-ledger.news/*');

    const ledger = await browser.context.newPage();
    await ledger.goto(urlOf(LEDGER_HOST, LEDGER_PATH));
    await ledger.locator('parallax-badge').waitFor({ state: 'attached', timeout: 20_000 });
    const chip = ledger.getByTestId('badge-chip');
    await chip.waitFor({ timeout: 20_000 });
    await expect(chip.textContent()).resolves.toMatch(/Lean Right/);
    // The picture once the lookup has answered (no story for this made-up outlet), not mid-way.
    const tabId = await tabOf(urlOf(LEDGER_HOST, LEDGER_PATH));
    await expect
      .poll(async () => (await readTabState(browser, tabId))?.phase, { timeout: 20_000 })
      .toBe('ready');
    await ledger.waitForTimeout(300);
    await saveScreenshot(ledger, 'badge-backend-only-outlet');
    await ledger.close();

    const bare = await browser.context.newPage();
    await bare.goto(urlOf('tidewater-ledger.news', LEDGER_PATH));
    await bare.locator('parallax-badge').waitFor({ state: 'attached', timeout: 20_000 });
    await bare.close();
  });
});
