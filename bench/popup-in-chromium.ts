// The popup's time to content when the tab's answer is cached (issue 6: under 100 ms), in
// Chromium with the built extension, beside the floor any extension page pays in the same run.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ExtensionBrowser } from '../tests/e2e/harness/extension-browser';
import { benchActionPopup } from './action-popup-in-chromium';
import { median, POPUP_MARKS, quantile } from './page-timing';

const RUNS = 25;

/**
 * Set before any page script. When the story card enters the DOM (a MutationObserver callback
 * runs before the next paint), its title gets an `elementtiming` attribute, so the browser
 * reports when that text was actually painted: the honest "content on screen" time.
 */
const WATCH_CONTENT = `
  window.__painted = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.identifier === 'content') resolve(entry.renderTime || entry.loadTime);
    }).observe({ type: 'element', buffered: true });
  });
  new MutationObserver((_, observer) => {
    const title = document.querySelector('[data-testid="story-card"] [data-testid="story-title"]');
    if (!title) return;
    window.__inDom = performance.now();
    title.setAttribute('elementtiming', 'content');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
`;

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The files popup.html loads before its first paint, with their sizes. */
export function firstPaintFiles(extensionDir: string): {
  files: string[];
  bytes: number;
  gzip: number;
} {
  const html = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+)"/g)].map(
    (match) => match[1] as string,
  );
  const contents = files.map((file) => readFileSync(join(extensionDir, file)));
  return {
    files,
    bytes: contents.reduce((sum, content) => sum + content.length, 0),
    gzip: contents.reduce((sum, content) => sum + gzipSync(content).length, 0),
  };
}

interface Open {
  blank: number;
  /** When the blank page's HTML was parsed: what is left to its first paint is rendering. */
  blankParsed: number;
  painted: number;
  inDom: number;
  fcp: number;
  marks: Record<string, number>;
}

/** One blank page and one popup, opened back to back so that both see the same machine load. */
async function openBoth(browser: ExtensionBrowser, tabId: number): Promise<Open> {
  const base = `chrome-extension://${browser.extensionId}`;
  const page = await browser.context.newPage();
  await page.goto(`${base}/blank.html`);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
  const [blank, blankParsed] = await page.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
      ?.domInteractive ?? Number.NaN,
  ]);
  await page.close();
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.addInitScript(WATCH_CONTENT);
  await popup.goto(`${base}/popup.html?tab=${tabId}`);
  await popup.getByTestId('story-card').waitFor();
  await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
  const measured = await popup.evaluate(
    async (names) => {
      const scope = window as unknown as { __painted: Promise<number>; __inDom: number };
      const marks: Record<string, number> = {};
      for (const name of names) {
        const mark = performance.getEntriesByName(name, 'mark')[0];
        if (mark) marks[name] = mark.startTime;
      }
      return {
        painted: await scope.__painted,
        inDom: scope.__inDom,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        marks,
      };
    },
    POPUP_MARKS as unknown as string[],
  );
  await popup.close();
  return { blank: blank as number, blankParsed: blankParsed as number, ...measured };
}

/**
 * Needs a browser with the extension (plus a blank.html beside popup.html) whose background has
 * looked up the article in `tabId`, and the article's page (left as the active tab).
 */
export async function benchPopupInChromium(
  browser: ExtensionBrowser,
  tabId: number,
  extensionDir: string,
): Promise<void> {
  const opens: Open[] = [];
  for (let run = 0; run < RUNS; run++) opens.push(await openBoth(browser, tabId));
  const of = (pick: (open: Open) => number) => opens.map(pick);
  const blank = median(of((open) => open.blank));
  const painted = of((open) => open.painted);
  const size = firstPaintFiles(extensionDir);

  console.log(
    `\nPopup in Chromium (built extension, answer cached; ${RUNS} opens of popup.html in a tab, ` +
      `each after a blank extension page; load average ${loadavg()[0]?.toFixed(1)} on this machine)`,
  );
  console.log(
    `  content painted (navigation start → story card title on screen)  median ${ms(median(painted))}, p90 ${ms(quantile(painted, 0.9))}`,
  );
  console.log(
    `  floor: a blank extension page's first paint                       median ${ms(blank)} (parsed at ${ms(median(of((open) => open.blankParsed)))})`,
  );
  console.log(
    `  Parallax's share (content painted − floor)                        ${ms(median(painted) - blank)}`,
  );
  console.log(
    `  first paint = content in ${opens.filter((open) => Math.abs(open.fcp - open.painted) < 1).length}/${RUNS} opens (no skeleton frame first)`,
  );
  console.log('  inside the page, from navigation start (medians):');
  for (const name of POPUP_MARKS) {
    const times = opens.flatMap((open) => (name in open.marks ? [open.marks[name] as number] : []));
    if (times.length) console.log(`    ${name.padEnd(26)} ${ms(median(times))}`);
  }
  console.log(`    story card in the DOM      ${ms(median(of((open) => open.inDom)))}`);
  console.log(
    `  loaded before the first paint: ${size.files.length} files, ${(size.bytes / 1000).toFixed(1)} kB ` +
      `(${(size.gzip / 1000).toFixed(1)} kB gzipped): ${size.files.join(', ')}`,
  );
  await benchActionPopup(browser, tabId);
}
