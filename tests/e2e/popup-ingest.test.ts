import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, runCli, startBackend } from './harness/backend-process';
import {
  type ExtensionBrowser,
  launchWithExtension,
  saveScreenshot,
} from './harness/extension-browser';
import { setBackendUrl, tabIdOf } from './harness/extension-pages';
import { freePort } from './harness/free-port';
import { turnOnInlineBadge } from './harness/inline-badge-opt-in';
import { hostResolverRules, type SiteMap, startNewsSites } from './harness/news-sites';

/**
 * The whole pipeline with no pre-built story: the backend starts empty, `parallax ingest`
 * reads four outlets' RSS feeds from a loopback server (allow-listed for this test only),
 * clusters them into stories, and the popup on the Reuters article shows the story.
 */
const FEEDS_DIR = join(import.meta.dirname, '../fixtures/feeds/e2e');
const ARTICLE_PATH = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SITES: SiteMap = { 'www.reuters.com': { [ARTICLE_PATH]: 'reuters-article.html' } };

describe('popup after ingesting loopback feeds (no pre-built story)', () => {
  let workDir: string;
  let feedServer: http.Server;
  let sites: http.Server | { close(): void };
  let backend: Backend;
  let browser: ExtensionBrowser;
  let sitesPort: number;
  let ingestOutput: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-ingest-'));
    feedServer = http.createServer((req, res) => {
      const name = (req.url ?? '').replace(/^\//, '');
      if (!readdirSync(FEEDS_DIR).includes(name)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(readFileSync(join(FEEDS_DIR, name)));
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    const feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
    const feedsFile = join(workDir, 'feeds.json');
    writeFileSync(
      feedsFile,
      JSON.stringify(
        readdirSync(FEEDS_DIR)
          .sort()
          .map((file) => `${feedBase}/${file}`),
      ),
    );
    const env = {
      PARALLAX_DB: join(workDir, 'parallax.db'),
      PARALLAX_FETCH_ALLOW_HOSTS: '127.0.0.1',
      PARALLAX_INGEST: 'off',
    };
    ingestOutput = await runCli(['ingest', '--feeds', feedsFile], env);
    backend = await startBackend(await freePort(), env);
    sitesPort = await freePort();
    sites = await startNewsSites(SITES, sitesPort);
    browser = await launchWithExtension(hostResolverRules(SITES));
    await setBackendUrl(browser, backend.url);
    await turnOnInlineBadge(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
    sites?.close();
    feedServer?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('ingests the feeds and the popup shows the story they form', async () => {
    expect(ingestOutput).toMatch(/Feeds: 4 ok, 0 not modified, 0 failed/);
    expect(ingestOutput).toMatch(/Articles: 7 new/);

    const article = await browser.context.newPage();
    const url = `https://www.reuters.com:${sitesPort}${ARTICLE_PATH}`;
    await article.goto(url);
    const tabId = await tabIdOf(browser, url);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('story-card').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('source-card').textContent()).resolves.toContain('Reuters');
    // Reuters, CNN (lean left), The Hill (center), Fox News (right): one story from four feeds.
    const left = popup.getByTestId('related-left');
    const right = popup.getByTestId('related-right');
    await expect(left.textContent()).resolves.toContain('CNN');
    await expect(right.textContent()).resolves.toContain('Fox News');
    await expect(popup.getByTestId('related-center').textContent()).resolves.toContain('The Hill');
    // Fox News also ran Reuters' copy under a Reuters dateline: marked, not passed off as Fox's.
    // (The All view lists one article per side; the right filter lists every one the preview has.)
    await popup.getByTestId('filter-right').click();
    await expect(right.getByTestId('copy-note').textContent()).resolves.toBe('via Reuters');
    await saveScreenshot(popup, 'popup-wire-copy');
  });
});
