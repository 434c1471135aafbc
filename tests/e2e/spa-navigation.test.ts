import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, runCli, startBackend } from './harness/backend-process';
import {
  type ExtensionBrowser,
  launchWithExtension,
  saveScreenshot,
} from './harness/extension-browser';
import { readTabState, setBackendUrl, tabIdOf } from './harness/extension-pages';
import { freePort } from './harness/free-port';
import { hostResolverRules, type SiteMap, startNewsSites } from './harness/news-sites';

const PIPELINE_PATH = '/world/americas/ottawa-approves-pipeline-review-2026-11-24/';
const TREATY_PATH = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const TREATY_TITLE = 'US and Canada sign Great Lakes water-sharing treaty after two years of talks';
// A single-page Reuters: the pipeline article, whose router moves to the treaty article.
const SITES: SiteMap = { 'www.reuters.com': { [PIPELINE_PATH]: 'reuters-spa.html' } };

describe('single-page navigation', () => {
  let workDir: string;
  let backend: Backend;
  let sites: Server;
  let sitesPort: number;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-spa-'));
    const env = { PARALLAX_DB: join(workDir, 'parallax.db') };
    await runCli(['import', join(import.meta.dirname, '../fixtures/e2e/story.jsonl')], env);
    backend = await startBackend(await freePort(), env);
    sitesPort = await freePort();
    sites = await startNewsSites(SITES, sitesPort);
    browser = await launchWithExtension(hostResolverRules(SITES));
    await setBackendUrl(browser, backend.url);
  });

  afterAll(async () => {
    await browser?.close();
    await backend?.stop();
    sites?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

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
