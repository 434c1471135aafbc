// The reader's experience timed in Chromium with the built extension: the popup's time to
// content when the tab's answer is cached, and the inline badge's layout shift on the page.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startBackend } from '../tests/e2e/harness/backend-process';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/harness/extension-browser';
import { setBackendUrl, tabIdOf } from '../tests/e2e/harness/extension-pages';
import { freePort } from '../tests/e2e/harness/free-port';
import { hostResolverRules, startNewsSites } from '../tests/e2e/harness/news-sites';

const ROOT = join(import.meta.dirname, '..');
const PATH = '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/';
const SITES = { 'www.reuters.com': { [PATH]: 'reuters-article.html' } };
const RUNS = 15;

/** Set before any page script: when the story card first exists, in ms since navigation. */
const WATCH_CONTENT = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="story-card"]')) {
      window.__content = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;
const WATCH_SHIFTS = `
  window.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

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

    const blank: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/blank.html`);
      await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length,
      );
      blank.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        ),
      );
      await page.close();
    }
    const times: number[] = [];
    const fcps: number[] = [];
    // The browser's own share: a new tab's renderer fetching popup.html, before any of our code.
    const fetched: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.addInitScript(WATCH_CONTENT);
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.getByTestId('story-card').waitFor();
      const { content, fcp, responseEnd } = await popup.evaluate(() => ({
        content: (window as unknown as { __content: number }).__content,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        responseEnd:
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
            ?.responseEnd ?? Number.NaN,
      }));
      times.push(content);
      fcps.push(fcp);
      fetched.push(responseEnd);
      await popup.close();
    }
    console.log(`\nReader in Chromium (built extension, ${RUNS} popup opens, answer cached)`);
    console.log(
      `  popup: story card in the DOM            median ${median(times).toFixed(1)} ms, worst ${Math.max(...times).toFixed(1)} ms`,
    );
    console.log(
      `  popup: first contentful paint           median ${median(fcps).toFixed(1)} ms, worst ${Math.max(...fcps).toFixed(1)} ms`,
    );
    const ours = times.map((time, index) => time - (fetched[index] ?? Number.NaN));
    console.log(
      `  popup.html fetched (browser, before our code)  median ${median(fetched).toFixed(1)} ms`,
    );
    console.log(
      `  popup: our code, HTML to story card     median ${median(ours).toFixed(1)} ms, worst ${Math.max(...ours).toFixed(1)} ms`,
    );
    console.log(
      `  floor: a blank extension page, first paint median ${median(blank).toFixed(1)} ms`,
    );
    console.log(
      `  popup story card / blank page paint     ${(median(times) / median(blank)).toFixed(2)}× (${(median(times) - median(blank)).toFixed(1)} ms over the floor)`,
    );
    console.log(`  badge: cumulative layout shift on the article page  ${shift}`);
  } finally {
    await browser.close();
    await backend.stop();
    sites.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
