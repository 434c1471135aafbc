// Article detection timed where it runs: in Chromium, on the real pages of ../shared/data,
// with the detector bundled the way the content script ships it (no public-suffix list).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/harness/find-browser';
import { iifeBundle } from './iife-bundle';

const ROOT = join(import.meta.dirname, '..');
const PAGES = join(ROOT, '../shared/data/pages');
const PAGE_URL = 'http://fakehost/test/page.html';
/** Calls per sample: Chromium coarsens performance.now() to 0.1 ms, so single calls blur. */
const BATCH = 10;
const SAMPLES = 15;

/** The detector as one IIFE exposing `ParallaxDetect.detectArticle`, built like the extension. */
function detectorBundle(): Promise<string> {
  return iifeBundle(join(ROOT, 'core/detect/detect-article.ts'), 'ParallaxDetect');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

export async function benchDetectionInChromium(): Promise<void> {
  if (!existsSync(PAGES)) {
    console.log(`\nArticle detection in Chromium: skipped, no real pages at ${PAGES}`);
    return;
  }
  const bundle = await detectorBundle();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox'],
  });
  const perPage: { name: string; millis: number }[] = [];
  try {
    const page = await browser.newPage();
    for (const name of readdirSync(PAGES).sort()) {
      const file = join(PAGES, name, 'source.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      // The page as Chromium would load it, but nothing else: images, styles and scripts
      // would only add noise (the saved pages carry no scripts anyway).
      await page.unroute('**/*');
      await page.route('**/*', (route) =>
        route.request().url() === PAGE_URL
          ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
          : route.abort(),
      );
      await page.goto(PAGE_URL, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle });
      const samples = await page.evaluate(
        ({ batch, samples }) => {
          const { detectArticle } = (
            globalThis as unknown as {
              ParallaxDetect: { detectArticle(doc: Document, url: string): unknown };
            }
          ).ParallaxDetect;
          for (let i = 0; i < 3; i++) detectArticle(document, location.href);
          const times: number[] = [];
          for (let s = 0; s < samples; s++) {
            const start = performance.now();
            for (let i = 0; i < batch; i++) detectArticle(document, location.href);
            times.push((performance.now() - start) / batch);
          }
          return times;
        },
        { batch: BATCH, samples: SAMPLES },
      );
      perPage.push({ name, millis: median(samples) });
    }
  } finally {
    await browser.close();
  }
  const worst = perPage.reduce((a, b) => (b.millis > a.millis ? b : a));
  const slowest = [...perPage].sort((a, b) => b.millis - a.millis).slice(0, 5);
  console.log(
    `\nArticle detection in Chromium (${perPage.length} real pages, median of ${SAMPLES}×${BATCH} calls per page)`,
  );
  console.log(
    `  median over pages ${median(perPage.map((p) => p.millis))
      .toFixed(3)
      .padStart(8)} ms   (budget 2 ms)`,
  );
  console.log(`  worst page        ${worst.millis.toFixed(3).padStart(8)} ms   (${worst.name})`);
  console.log(`  slowest: ${slowest.map((p) => `${p.name} ${p.millis.toFixed(2)} ms`).join(', ')}`);
}
