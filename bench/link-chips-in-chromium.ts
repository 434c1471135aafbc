// Link chips timed where they run: in Chromium's main thread, on a synthetic 1,000-link page
// (every link a known outlet: the worst case) and on the largest real saved surfaces.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { bundledSources } from '../core/bundled-catalog';
import type { ChipSource } from '../core/link-chips/chip-messages';
import { chipSourceOf } from '../core/link-chips/chip-source';
import { buildSourceIndex } from '../core/source-index';
import { SourceIndexMatcher } from '../core/source-index-match';
import { findChromium } from '../tests/e2e/harness/find-browser';
import { iifeBundle } from './iife-bundle';

const ROOT = join(import.meta.dirname, '..');
const SURFACES = join(ROOT, '../shared/data/surfaces');
const SAMPLES = 15;
const SCROLL_SAMPLES = 5;
const BUDGET_MS = 50;

/** The chips' code as one IIFE exposing `ParallaxChips`, built like the extension. */
function chipsBundle(): Promise<string> {
  return iifeBundle(join(ROOT, 'bench/link-chips-entry.ts'), 'ParallaxChips');
}

/** A Hacker News front page of `count` stories, linking catalog outlets in turn. */
function syntheticPage(count: number): string {
  const domains = bundledSources.flatMap((source) =>
    source.domains.filter((d) => !d.includes('/')),
  );
  const rows = Array.from({ length: count }, (_, i) => {
    const href = `https://www.${domains[i % domains.length]}/2026/11/${i}/story-${i}.html`;
    return `<tr class="athing submission" id="${i}"><td class="title"><span class="titleline"><a href="${href}">Story number ${i} about something</a><span class="sitebit comhead"> (<a href="from?site=x"><span class="sitestr">x</span></a>)</span></span></td></tr><tr><td class="subtext">${i} points</td></tr>`;
  });
  return `<!doctype html><html><body><center><table id="hnmain"><tr><td><table>${rows.join('')}</table></td></tr></table></center></body></html>`;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

type Known = Record<string, ChipSource | null>;
type Chips = {
  reset(): Promise<void>;
  keysOf(url: string): string[];
  setKnown(known: Known): void;
  lazyAtLoad(url: string): Promise<{ chips: number; links: number }>;
  scrollToBottom(expected: number): Promise<number>;
  allAtOnce(url: string): Promise<number>;
  prepareFloor(url: string, atLoadOnly: boolean): void;
  plainSpans(): Promise<void>;
};
/** In page.evaluate callbacks (serialized into the page): the bundle's global. */
type InPage = { ParallaxChips: Chips };

interface PageFigures {
  links: number;
  /** Chips made at load (near the viewport), and after scrolling to the bottom. */
  chipsAtLoad: number;
  chipsAll: number;
  /** Main-thread CPU milliseconds (CDP TaskDuration in thread ticks), medians. */
  atLoad: number;
  scrolled: number;
  scrolledFloor: number;
  allAtOnce: number;
  floor: number;
  /** Plain spans after only the links chipped at load. */
  floorAtLoad: number;
}

async function timePage(
  page: Page,
  cdp: CDPSession,
  bundle: string,
  url: string,
  html: string,
  matcher: SourceIndexMatcher,
): Promise<PageFigures> {
  await page.unroute('**/*');
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
  const keys = await page.evaluate(
    (u) => (globalThis as unknown as InPage).ParallaxChips.keysOf(u),
    url,
  );
  // The background's half (matching), done here in Node: it does not run on the page's thread.
  const known = Object.fromEntries(
    keys.map((key) => {
      const source = matcher.match(key);
      return [key, source ? chipSourceOf(source) : null];
    }),
  );
  await page.evaluate((k) => (globalThis as unknown as InPage).ParallaxChips.setKnown(k), known);
  // Every task on the page's main thread, ours and the browser's (style, layout, paint, the
  // observer's intersections), between two reads: not only the time our own code holds it.
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const timed = async <T>(run: () => Promise<T>): Promise<{ millis: number; value: T }> => {
    await page.evaluate(() => (globalThis as unknown as InPage).ParallaxChips.reset());
    const before = await busy();
    const value = await run();
    return { millis: (await busy()) - before, value };
  };
  const atLoad: number[] = [];
  const scrolled: number[] = [];
  const scrolledFloor: number[] = [];
  const allAtOnce: number[] = [];
  const floor: number[] = [];
  const floorAtLoad: number[] = [];
  let counts = { links: 0, chipsAtLoad: 0, chipsAll: 0 };
  for (let i = 0; i < 3; i++)
    await timed(() =>
      page.evaluate((u) => (globalThis as unknown as InPage).ParallaxChips.allAtOnce(u), url),
    );
  for (let i = 0; i < SAMPLES; i++) {
    const all = await timed(() =>
      page.evaluate((u) => (globalThis as unknown as InPage).ParallaxChips.allAtOnce(u), url),
    );
    allAtOnce.push(all.millis);
    const plain = async (atLoadOnly: boolean) => {
      await page.evaluate(() => (globalThis as unknown as InPage).ParallaxChips.reset());
      await page.evaluate(
        ({ u, only }) => (globalThis as unknown as InPage).ParallaxChips.prepareFloor(u, only),
        { u: url, only: atLoadOnly },
      );
      const before = await busy();
      await page.evaluate(() => (globalThis as unknown as InPage).ParallaxChips.plainSpans());
      return (await busy()) - before;
    };
    floor.push(await plain(false));
    // Then its floor: the links the load chipped, each with a plain span instead.
    const again0 = await timed(() =>
      page.evaluate((u) => (globalThis as unknown as InPage).ParallaxChips.lazyAtLoad(u), url),
    );
    atLoad.push(again0.millis);
    floorAtLoad.push(await plain(true));
    if (i < SCROLL_SAMPLES) {
      // Load (not counted here: that is `at load`), then only the scroll after it is timed.
      const again = await timed(() =>
        page.evaluate((u) => (globalThis as unknown as InPage).ParallaxChips.lazyAtLoad(u), url),
      );
      const before = await busy();
      const chipsAll = await page.evaluate(
        (n) => (globalThis as unknown as InPage).ParallaxChips.scrollToBottom(n),
        all.value,
      );
      scrolled.push((await busy()) - before);
      const bare = await timed(() =>
        page.evaluate(() => (globalThis as unknown as InPage).ParallaxChips.scrollToBottom(0)),
      );
      scrolledFloor.push(bare.millis);
      counts = {
        links: again.value.links,
        chipsAtLoad: again.value.chips,
        chipsAll,
      };
      if (chipsAll !== all.value)
        throw new Error(`${url}: ${chipsAll} chips after scrolling, ${all.value} at once`);
    }
  }
  await page.evaluate(() => (globalThis as unknown as InPage).ParallaxChips.reset());
  return {
    ...counts,
    atLoad: median(atLoad),
    scrolled: median(scrolled),
    scrolledFloor: median(scrolledFloor),
    allAtOnce: median(allAtOnce),
    floor: median(floor),
    floorAtLoad: median(floorAtLoad),
  };
}

export async function benchLinkChipsInChromium(): Promise<void> {
  const bundle = await chipsBundle();
  const matcher = new SourceIndexMatcher(buildSourceIndex(bundledSources));
  const pages: { name: string; url: string; html: string }[] = [
    {
      name: 'synthetic HN, 1,000 outlet links',
      url: 'https://news.ycombinator.com/',
      html: syntheticPage(1000),
    },
  ];
  for (const [file, url] of [
    [
      'reddit/webscrapers-old-reddit-comments-games-2025-07.html',
      'https://old.reddit.com/r/Games/comments/1lyf1ue/',
    ],
    [
      'yahoo-news/cppopenscraper-yahoo-finance-aapl-newsstream-2026-04.html',
      'https://finance.yahoo.com/quote/AAPL/',
    ],
    ['google/websearcher-abortion-2023-05-23.html', 'https://www.google.com/search?q=abortion'],
  ] as const) {
    const path = join(SURFACES, file);
    // Saved pages' own scripts would only add noise (and try the network): left out.
    if (existsSync(path))
      pages.push({
        name: file,
        url,
        html: readFileSync(path, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, ''),
      });
  }
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox'],
  });
  const viewport = { width: 1280, height: 720 };
  console.log(
    `\nLink chips in Chromium (${viewport.width}x${viewport.height} viewport): main-thread CPU time of every task on the page's thread (CDP TaskDuration in thread ticks: script, style, layout, paint, the observer), medians of ${SAMPLES} (scrolling ${SCROLL_SAMPLES}); budget ${BUDGET_MS} ms at load for 1,000 links`,
  );
  console.log(
    '  at load    scan, chips for the links within two screens of the viewport, their frame (what the reader pays at load); floor: a plain span after each of those links',
  );
  console.log(
    '  scrolled   after load, scrolling to the bottom a screen at a time (two frames each) until every link has its chip; beside it the same scroll on the page without chips',
  );
  console.log(
    '  at once    every chip in one go, as before chips waited for the viewport; floor: a plain text span per link, and its frame',
  );
  try {
    const page = await browser.newPage({ viewport });
    const cdp = await page.context().newCDPSession(page);
    // Thread ticks: the main thread's own CPU time, so the figures do not grow with the machine's
    // load (the wall-clock durations of the same tasks did, 70–140 ms for the same floor).
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    for (const { name, url, html } of pages) {
      const f = await timePage(page, cdp, bundle, url, html, matcher);
      const ms = (value: number) => `${value.toFixed(1)} ms`;
      console.log(`  ${name} (${f.links} links)`);
      console.log(
        `    at load ${ms(f.atLoad).padStart(9)}  (${f.chipsAtLoad} chips; floor ${ms(f.floorAtLoad)}${name.startsWith('synthetic') ? `; ${f.atLoad < BUDGET_MS ? 'within' : 'over'} the ${BUDGET_MS} ms budget` : ''})`,
      );
      console.log(
        `    scrolled ${ms(f.scrolled).padStart(8)}  (${f.chipsAll} chips in all; the same scroll without chips: ${ms(f.scrolledFloor)})`,
      );
      console.log(
        `    at once ${ms(f.allAtOnce).padStart(9)}  (floor, a plain span per link: ${ms(f.floor)})`,
      );
    }
  } finally {
    await browser.close();
  }
}
