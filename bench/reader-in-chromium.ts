// The reader's experience timed in Chromium with the built extension: the inline badge's layout
// shift on the page, then the popup's time to content when the tab's answer is cached
// (popup-in-chromium.ts), in the same browser.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startBackend } from '../tests/e2e/harness/backend-process';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/harness/extension-browser';
import { setBackendUrl, tabIdOf } from '../tests/e2e/harness/extension-pages';
import { freePort } from '../tests/e2e/harness/free-port';
import { turnOnInlineBadge } from '../tests/e2e/harness/inline-badge-opt-in';
import { hostResolverRules, startNewsSites } from '../tests/e2e/harness/news-sites';
import { benchPopupInChromium } from './popup-in-chromium';

const ROOT = join(import.meta.dirname, '..');
const PATH = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SITES = { 'www.reuters.com': { [PATH]: 'reuters-article.html' } };

const WATCH_SHIFTS = `
  window.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

export async function benchReaderInChromium(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('\nReader in Chromium: skipped, run `npx wxt build` first');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-reader-'));
  const env = { PARALLAX_DB: join(dir, 'bench.db') };
  await runCli(['import', join(ROOT, 'tests/fixtures/e2e/story.jsonl')], env);
  const backend = await startBackend(await freePort(), env);
  const port = await freePort();
  const sites = await startNewsSites(SITES, port);
  // A copy of the built extension with one blank page added: the floor any extension page pays
  // in this browser (a new renderer, first paint), measured beside the popup in the same run.
  const extensionCopy = join(dir, 'extension');
  cpSync(EXTENSION_DIR, extensionCopy, { recursive: true });
  writeFileSync(join(extensionCopy, 'blank.html'), '<!doctype html><p>Parallax</p>');
  const browser = await launchWithExtension(hostResolverRules(SITES), extensionCopy);
  try {
    await setBackendUrl(browser, backend.url);
    // Parallax is click-only until the reader opts in; the badge is what this bench measures.
    await turnOnInlineBadge(browser);
    const article = await browser.context.newPage();
    await article.addInitScript(WATCH_SHIFTS);
    const url = `https://www.reuters.com:${port}${PATH}`;
    await article.goto(url);
    const tabId = await tabIdOf(browser, url);
    await article.locator('parallax-badge').waitFor({ state: 'attached', timeout: 20_000 });
    await article.waitForTimeout(1000);
    const shift = await article.evaluate(
      () => (window as unknown as { __shifts: number }).__shifts,
    );

    console.log('\nReader in Chromium (built extension)');
    console.log(`  badge: cumulative layout shift on the article page  ${shift}`);
    await article.bringToFront();
    await benchPopupInChromium(browser, tabId, extensionCopy);
  } finally {
    await browser.close();
    await backend.stop();
    sites.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
