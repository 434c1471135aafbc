import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Backend, runCli, startBackend } from './backend-process';
import { type ExtensionBrowser, launchWithExtension } from './extension-browser';
import { setBackendUrl } from './extension-pages';
import { freePort } from './free-port';
import { turnOnInlineBadge } from './inline-badge-opt-in';
import { hostResolverRules, type SiteMap, startNewsSites } from './news-sites';

export const STORY_FIXTURE = join(import.meta.dirname, '../../fixtures/e2e/story.jsonl');

/** Everything an end-to-end test runs against: backend, loopback news sites, browser. */
export interface E2eWorld {
  backend: Backend;
  browser: ExtensionBrowser;
  sitesPort: number;
  /** The address of a fixture page under its real news domain. */
  siteUrl(host: string, path: string): string;
  close(): Promise<void>;
}

/**
 * Starts the real backend on a temp SQLite database (with `storyFixture` imported through the
 * real CLI, unless null), serves `sites` over HTTPS on loopback and launches Chromium with the
 * built extension pointed at that backend through its options page. Parallax is click-only
 * until the reader opts in: `inlineBadge` turns the badge on through Options first, for tests
 * that expect it (and the content script's report) on page load.
 */
export async function startE2eWorld(
  sites: SiteMap,
  {
    storyFixture = STORY_FIXTURE,
    inlineBadge = false,
  }: { storyFixture?: string | null; inlineBadge?: boolean } = {},
): Promise<E2eWorld> {
  const workDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  const env = { PARALLAX_DB: join(workDir, 'parallax.db') };
  if (storyFixture) await runCli(['import', storyFixture], env);
  const backend = await startBackend(await freePort(), env);
  const sitesPort = await freePort();
  const server = await startNewsSites(sites, sitesPort);
  const browser = await launchWithExtension(hostResolverRules(sites));
  await setBackendUrl(browser, backend.url);
  if (inlineBadge) await turnOnInlineBadge(browser);
  return {
    backend,
    browser,
    sitesPort,
    siteUrl: (host, path) => `https://${host}:${sitesPort}${path}`,
    close: async () => {
      await browser.close();
      await backend.stop();
      server.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
