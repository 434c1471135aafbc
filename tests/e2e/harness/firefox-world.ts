import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { type Backend, runCli, startBackend } from './backend-process';
import { STORY_FIXTURE } from './e2e-world';
import {
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
  saveFirefoxScreenshot,
} from './firefox-browser';
import { freePort } from './free-port';
import { type SiteMap, startNewsSites } from './news-sites';

/** The badge's registered content script's match patterns, read from an extension page. */
export function firefoxBadgeMatches(control: Page): Promise<string[] | null> {
  return control.evaluate(async () => {
    const { browser } = globalThis as unknown as {
      browser: {
        scripting: {
          getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
        };
      };
    };
    const scripts = await browser.scripting.getRegisteredContentScripts();
    return scripts.find((script) => script.id === 'parallax-badge:article')?.matches ?? null;
  });
}

/**
 * The reader's opt-in on the options page `control`: "Show the badge on articles…", the
 * explanation, "Continue to the browser's prompt" (clicked over BiDi, so Firefox sees the user
 * input permissions.request needs; granted without the doorhanger by the e2e pref), then waits
 * for the background to register the content script.
 */
export async function turnOnFirefoxInlineBadge(control: Page): Promise<void> {
  await control.locator('[data-testid="badge-turn-on"]').click();
  await control.waitForSelector('[data-testid="badge-explanation"]', { timeout: 10_000 });
  await control.locator('[data-testid="badge-allow"]').click();
  await control.waitForSelector('[data-testid="badge-mode"][data-mode="inline"]', {
    timeout: 10_000,
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (((await firefoxBadgeMatches(control))?.length ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('Firefox never registered the badge’s content script after the opt-in.');
}

type TabState = { pageUrl?: string | null; phase?: string } | null;

/** The Firefox counterpart of E2eWorld: backend, loopback news sites, Firefox with the add-on. */
export interface FirefoxWorld {
  backend: Backend;
  firefox: FirefoxWithExtension;
  /**
   * The options page, kept open: the tests read the add-on's storage from it (an MV2 add-on has
   * a background page, not a worker, and BiDi gives no handle on it; an extension page has the
   * same `browser.storage`).
   */
  control: Page;
  siteUrl(host: string, path: string): string;
  /** The add-on's storage.session entry for every tab (`tab:<id>` → state). */
  sessionStates(): Promise<Record<string, TabState>>;
  /** The id of the tab showing `url`, once the content script has reported the page. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Parallax is click-only until the reader opts in: `inlineBadge` turns the badge on through the
 * options page first (turnOnFirefoxInlineBadge), for tests that expect it on page load.
 */
export async function startFirefoxWorld(
  sites: SiteMap,
  { inlineBadge = false }: { inlineBadge?: boolean } = {},
): Promise<FirefoxWorld> {
  const workDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-firefox-'));
  const env = { PARALLAX_DB: join(workDir, 'parallax.db'), PARALLAX_INGEST: 'off' };
  await runCli(['import', STORY_FIXTURE], env);
  const backend = await startBackend(await freePort(), env);
  const sitesPort = await freePort();
  const server = await startNewsSites(sites, sitesPort);
  const firefox = await launchFirefoxWithExtension(Object.keys(sites));
  // The backend address is set as a person would: in the options page.
  const control = await firefox.openExtensionPage('options.html', '[data-testid="backend-url"]');
  await control.locator('[data-testid="backend-url"]').fill(backend.url);
  await control.locator('[data-testid="save"]').click();
  await control.waitForFunction(
    () =>
      /saved/i.test(document.querySelector('[data-testid="options-status"]')?.textContent ?? ''),
    { timeout: 10_000 },
  );
  await saveFirefoxScreenshot(control, 'options-saved');
  if (inlineBadge) await turnOnFirefoxInlineBadge(control);

  const sessionStates = () =>
    control.evaluate(async () => {
      // Firefox's own promise-based `browser` namespace, in an extension page.
      const { browser } = globalThis as unknown as {
        browser: { storage: { session: { get(keys: null): Promise<Record<string, TabState>> } } };
      };
      return browser.storage.session.get(null);
    });

  return {
    backend,
    firefox,
    control,
    siteUrl: (host, path) => `https://${host}:${sitesPort}${path}`,
    sessionStates,
    tabIdOf: async (url) => {
      const deadline = Date.now() + 15_000;
      let seen: string[] = [];
      while (Date.now() < deadline) {
        const states = await sessionStates();
        seen = Object.entries(states).map(([key, state]) => `${key} → ${state?.pageUrl}`);
        for (const [key, state] of Object.entries(states)) {
          if (key.startsWith('tab:') && state?.pageUrl === url) return Number(key.slice(4));
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(
        `The add-on never reported a tab showing ${url}; it knows of: ${seen.join(', ') || 'none'}`,
      );
    },
    close: async () => {
      await firefox.close();
      await backend.stop();
      server.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
