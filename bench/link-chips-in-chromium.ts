// Link chips timed where they run: in Chromium's main thread, on a synthetic 1,000-link page
// (every link a known outlet: the worst case) and on the largest real saved surfaces.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { bundledSources } from '../core/bundled-catalog';
import type { ChipSource } from '../core/link-chips/chip-messages';
import { chipSourceOf } from '../core/link-chips/chip-source';
import { buildSourceIndex } from '../core/source-index';
import { SourceIndexMatcher } from '../core/source-index-match';
import { findChromium } from '../tests/e2e/harness/find-browser';

const ROOT = join(import.meta.dirname, '..');
const SURFACES = join(ROOT, '../shared/data/surfaces');
const SAMPLES = 15;
const BUDGET_MS = 50;

/** The chips' code as one IIFE exposing `ParallaxChips`, built like the extension. */
async function chipsBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(ROOT, 'bench/link-chips-entry.ts'),
        name: 'ParallaxChips',
        formats: ['iife'],
        fileName: () => 'chips.js',
      },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error('vite build returned no bundle');
  const chunk = result.output.find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('vite build returned no JS chunk');
  return chunk.code;
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

type ChipsGlobal = {
  ParallaxChips: {
    keysOf(url: string): string[];
    annotateOnce(
      url: string,
      known: Record<string, ChipSource | null>,
    ): { millis: number; chips: number; links: number };
    plainSpansOnce(url: string): number;
  };
};

async function timePage(
  page: Page,
  bundle: string,
  url: string,
  html: string,
  matcher: SourceIndexMatcher,
) {
  await page.unroute('**/*');
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
  const keys = await page.evaluate(
    (u) => (globalThis as unknown as ChipsGlobal).ParallaxChips.keysOf(u),
    url,
  );
  // The background's half (matching), done here in Node: it does not run on the page's thread.
  const known = Object.fromEntries(
    keys.map((key) => {
      const source = matcher.match(key);
      return [key, source ? chipSourceOf(source) : null];
    }),
  );
  return page.evaluate(
    ({ u, k, samples }) => {
      const chips = (globalThis as unknown as ChipsGlobal).ParallaxChips;
      for (let i = 0; i < 3; i++) chips.annotateOnce(u, k);
      const runs = Array.from({ length: samples }, () => chips.annotateOnce(u, k));
      const floor = Array.from({ length: samples }, () => chips.plainSpansOnce(u));
      return {
        times: runs.map((r) => r.millis),
        floor,
        chips: runs[0]?.chips ?? 0,
        links: runs[0]?.links ?? 0,
      };
    },
    { u: url, k: known, samples: SAMPLES },
  );
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
  console.log(
    `\nLink chips in Chromium: scan + chips + layout on the main thread, median of ${SAMPLES} (budget ${BUDGET_MS} ms for 1,000 links)`,
  );
  try {
    const page = await browser.newPage();
    for (const { name, url, html } of pages) {
      const { times, floor, chips, links } = await timePage(page, bundle, url, html, matcher);
      console.log(
        `  ${name.padEnd(70)} ${median(times).toFixed(2).padStart(7)} ms  (max ${Math.max(...times).toFixed(2)}; ${links} links, ${chips} chips; floor, a plain span per link: ${median(floor).toFixed(2)} ms)`,
      );
    }
  } finally {
    await browser.close();
  }
}
