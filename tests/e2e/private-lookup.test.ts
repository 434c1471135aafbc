import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketOfHash } from '../../core/lookup-bucket';
import { DEFAULT_BACKEND_URL } from '../../core/settings';
import { type Backend, runCli, startBackend } from './harness/backend-process';
import { STORY_FIXTURE } from './harness/e2e-world';
import {
  type ExtensionBrowser,
  launchWithExtension,
  saveScreenshot,
} from './harness/extension-browser';
import { setBackendUrl, tabIdOf } from './harness/extension-pages';
import { freePort } from './harness/free-port';
import { turnOnInlineBadge } from './harness/inline-badge-opt-in';
import { hostResolverRules, type SiteMap, startNewsSites } from './harness/news-sites';
import {
  type RecordedRequest,
  type RecordingProxy,
  startRecordingProxy,
} from './harness/recording-proxy';

// Playwright reports a Chromium service worker's own requests on the context only when asked.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const ARTICLE = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SITES: SiteMap = { 'www.reuters.com': { [ARTICLE]: 'reuters-article.html' } };

/** Requests that carry nothing about any page: the split and the source index. */
const PAGE_FREE = new Set(['GET /v1/lookup/config', 'GET /v1/sources/index', 'GET /healthz']);

/** Where a fresh install looks for its backend (core/settings.ts), before Options changes it. */
const DEFAULT_BACKEND_HOST = new URL(DEFAULT_BACKEND_URL).host;

const routeOf = (request: RecordedRequest) => `${request.method} ${request.path.split('?')[0]}`;
/** Everything a request told the backend, as one string to search. */
const everything = (request: RecordedRequest) =>
  [request.method, request.path, JSON.stringify(request.headers), request.body].join('\n');

/** What the tab's state says (the background's `tab:<id>` entry): the article and its story. */
async function tabFacts(browser: ExtensionBrowser, tabId: number) {
  return browser.background.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    const state = (await chrome.storage.session.get(key))[key] as {
      detected: { url: string; title: string };
      articleId: string | null;
      story: { id: string; title: string } | null;
    };
    return state;
  }, `tab:${tabId}`);
}

describe('what leaves the browser while the reader reads an article', () => {
  let workDir: string;
  let backend: Backend;
  let proxy: RecordingProxy;
  let sites: Server;
  let browser: ExtensionBrowser;
  let sitesPort: number;
  /** Every request any of the browser's contexts made (pages and the service worker). */
  const seenInBrowser: Request[] = [];

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-private-'));
    const env = { PARALLAX_DB: join(workDir, 'parallax.db') };
    await runCli(['import', STORY_FIXTURE], env);
    backend = await startBackend(await freePort(), env);
    proxy = await startRecordingProxy(backend.url, await freePort());
    sitesPort = await freePort();
    sites = await startNewsSites(SITES, sitesPort);
    browser = await launchWithExtension(hostResolverRules(SITES));
    browser.context.on('request', (request) => seenInBrowser.push(request));
    await setBackendUrl(browser, proxy.url);
    await turnOnInlineBadge(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await backend?.stop();
    sites?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  let article: Page;
  let popup: Page;
  let tabId: number;

  it('sends only one bucket of the hash space: not the URL, its hash nor the story', async () => {
    article = await browser.context.newPage();
    const pageUrl = `https://www.reuters.com:${sitesPort}${ARTICLE}`;
    await article.goto(pageUrl);
    tabId = await tabIdOf(browser, pageUrl);

    // The inline badge, opened.
    await article.getByTestId('inline-badge').and(article.locator('[data-phase="ready"]')).waitFor({
      timeout: 20_000,
    });
    await article.getByTestId('badge-chip').click();
    await article.getByTestId('badge-panel').getByTestId('story-card').waitFor();
    // The panel fades in: screenshot it once it has.
    await article
      .getByTestId('badge-panel')
      .evaluate((panel) => Promise.all(panel.getAnimations().map((a) => a.finished)));
    await saveScreenshot(article, 'private-lookup-badge');

    // The popup, for the same tab.
    popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('story-card').waitFor({ timeout: 20_000 });
    await popup.getByTestId('related').waitFor();
    await saveScreenshot(popup, 'private-lookup-popup');

    const facts = await tabFacts(browser, tabId);
    expect(facts.story?.id).toBeTruthy();
    const storyId = facts.story?.id ?? '';
    const hash = createHash('sha256').update(facts.detected.url).digest('hex');
    const secrets = [
      facts.detected.url,
      pageUrl,
      ARTICLE,
      encodeURIComponent(facts.detected.url),
      hash.slice(0, 8), // the old prefix, and any longer piece of the hash
      storyId,
      facts.articleId ?? '',
      facts.detected.title,
    ].filter((secret) => secret.length > 0);

    const requests = proxy.requests.filter((request) => request.method !== 'OPTIONS');
    const lookups = requests.filter((request) => routeOf(request) === 'POST /v1/lookup/prefix');
    // One lookup, naming one bucket of the split the backend gave.
    expect(lookups).toHaveLength(1);
    const asked = JSON.parse(lookups[0]?.body ?? '{}') as { bucket: number; buckets: number };
    expect(Object.keys(asked).sort()).toEqual(['bucket', 'buckets']);
    expect(asked.bucket).toBe(bucketOfHash(hash, asked.buckets));
    // Everything else is page-free, and nothing names the story by id.
    for (const request of requests) {
      if (request !== lookups[0]) expect(PAGE_FREE).toContain(routeOf(request));
      expect(request.path).not.toMatch(/^\/v1\/stories/);
      for (const secret of secrets) expect(everything(request)).not.toContain(secret);
    }
    // The preflights name nothing either (OPTIONS carries a path and headers, no body).
    for (const request of proxy.requests) {
      for (const secret of secrets) expect(everything(request)).not.toContain(secret);
    }

    // Nothing went anywhere but the article's own site and the backend (no third parties).
    // The default backend address may have been asked for the source index before Options set
    // ours (whether it was depends on which comes first at startup), and for nothing else.
    // The extension's own files (chrome-extension://, under its id or, for the inline badge's
    // web-accessible script, a per-session id: use_dynamic_url) never leave the browser.
    const hosts = new Set(
      seenInBrowser
        .map((request) => new URL(request.url()))
        .filter((url) => url.protocol !== 'chrome-extension:')
        .map((url) => url.host),
    );
    expect([...hosts].filter((host) => host !== DEFAULT_BACKEND_HOST).sort()).toEqual(
      [`www.reuters.com:${sitesPort}`, new URL(proxy.url).host].sort(),
    );
    const toDefault = seenInBrowser.filter(
      (request) => new URL(request.url()).host === DEFAULT_BACKEND_HOST,
    );
    for (const request of toDefault) {
      expect(PAGE_FREE).toContain(`${request.method()} ${new URL(request.url()).pathname}`);
    }
    // The browser saw the service worker's lookup too: the recording covers every context.
    const fromBrowser = seenInBrowser.filter((request) => request.url().startsWith(proxy.url));
    expect(fromBrowser.map((request) => new URL(request.url()).pathname)).toContain(
      '/v1/lookup/prefix',
    );
  });

  it('fetches the story by id only when the reader opens the full story', async () => {
    const before = proxy.requests.length;
    const { story } = await tabFacts(browser, tabId);
    const storyPage = browser.context.waitForEvent('page');
    await popup.getByTestId('open-story').click();
    const page = await storyPage;
    await page.getByTestId('story-page').waitFor({ timeout: 20_000 });
    await saveScreenshot(page, 'private-lookup-story-page');

    const after = proxy.requests.slice(before).filter((request) => request.method !== 'OPTIONS');
    expect(after.map(routeOf)).toEqual([`GET /v1/stories/${encodeURIComponent(story?.id ?? '')}`]);
  });
});
