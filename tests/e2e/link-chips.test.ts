import { existsSync } from 'node:fs';
import type { Server } from 'node:https';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  launchWithExtension,
  SCREENSHOT_DIR,
  saveScreenshot,
} from './harness/extension-browser';
import { freePort } from './harness/free-port';
import { hostResolverRules } from './harness/news-sites';
import { SURFACES_DIR, type SurfaceMap, startSurfaceSites } from './harness/surface-sites';

/**
 * Link chips in Chromium on real saved surfaces served at their real hosts: nothing until the
 * reader turns a site on in Options (explanation, then the browser's access), then chips beside
 * the outlet links and nowhere else, the page's own layout unchanged but for the chips' width,
 * the site's dark theme followed, and every chip gone the moment the site is turned off.
 */
const SITES: SurfaceMap = {
  'www.google.com': { '/search': 'google/websearcher-abortion-2023-05-23.html' },
  'news.ycombinator.com': { '/': 'hackernews/easyhn-front-2026-05-31.html' },
  'old.reddit.com': {
    '/r/Games/comments/1lyf1ue/': 'reddit/webscrapers-old-reddit-comments-games-2025-07.html',
  },
  'x.com': { '/Forbes/status/2015822006010921245': 'x/metascraper-post-link-forbes-2026-01.html' },
};

/** Per page: its path, the site to turn on, outlets its chips must name, and the fewest chips. */
const PAGES = [
  {
    host: 'www.google.com',
    path: '/search?q=abortion',
    site: 'google',
    outlets: ['Rolling Stone', 'NPR'],
    chips: 8,
  },
  {
    host: 'news.ycombinator.com',
    path: '/',
    site: 'hacker-news',
    outlets: ['TechCrunch'],
    chips: 3,
  },
  {
    host: 'old.reddit.com',
    path: '/r/Games/comments/1lyf1ue/',
    site: 'reddit',
    outlets: ['Business Insider'],
    chips: 1,
  },
  {
    host: 'x.com',
    path: '/Forbes/status/2015822006010921245',
    site: 'x',
    outlets: ['Forbes'],
    chips: 1,
  },
] as const;

const CHIP = '[data-parallax-chip]';
const available = existsSync(join(SURFACES_DIR, 'README.md'));
if (!available && process.env.CI === 'true')
  throw new Error(`No saved surfaces at ${SURFACES_DIR}.`);

let browser: ExtensionBrowser;
let server: Server;
let port: number;
const url = (host: string, path: string) => `https://${host}:${port}${path}`;

async function registeredChipScripts(): Promise<string[]> {
  return browser.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
    };
    return (await chrome.scripting.getRegisteredContentScripts())
      .map((s) => s.id)
      .filter((id) => id.startsWith('link-chips-'));
  });
}

async function waitFor<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 15_000;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/** The reader's way: Options → Turn on… → the explanation → Continue (the access is granted). */
async function turnOnInOptions(site: string): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId(`link-chips-turn-on-${site}`).click();
  await expect.poll(() => options.getByTestId('link-chips-explanation').isVisible()).toBe(true);
  await saveScreenshot(options, `link-chips-explanation-${site}`);
  await options.getByTestId('link-chips-continue').click();
  await expect
    .poll(() => options.getByTestId(`link-chips-site-${site}`).getAttribute('data-on'))
    .toBe('true');
  return options;
}

/** A close-up around the first chip (full-page shots of long result pages are too small to read). */
async function saveChipCloseUp(page: Page, name: string): Promise<void> {
  // Page coordinates (a full-page clip's), not the viewport's that boundingBox() gives.
  const box = await page.$eval(CHIP, (chip) => ({ y: chip.getBoundingClientRect().top + scrollY }));
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: Math.max(0, box.y - 200), width: 900, height: 520 },
  });
}

/**
 * The reader's scroll, a screen at a time to the bottom and back to the top: chips are made as
 * their links near the viewport, so a link far down the page has its chip only after this.
 */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Timers, not animation frames: the page is behind the options tab, where frames may wait.
    const frame = () => new Promise((resolve) => setTimeout(resolve, 50));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
    scrollTo(0, 0);
    await frame();
    await frame();
  });
}

/** Every link's box and the page's height: what "the layout did not move" is checked on. */
async function linkBoxes(page: Page) {
  return page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    links: [...document.querySelectorAll('a')].map((a) => {
      const r = a.getBoundingClientRect();
      return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
    }),
  }));
}

describe.skipIf(!available)('link chips on saved surfaces (Chromium)', () => {
  beforeAll(async () => {
    port = await freePort();
    server = await startSurfaceSites(SITES, port);
    browser = await launchWithExtension(hostResolverRules(SITES));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('runs nowhere until a site is turned on', async () => {
    expect(await registeredChipScripts()).toEqual([]);
    const page = await browser.context.newPage();
    await page.goto(url('www.google.com', '/search?q=abortion'));
    await page.waitForTimeout(1500);
    expect(await page.locator(CHIP).count()).toBe(0);
    await page.close();
  });

  for (const { host, path, site, outlets, chips } of PAGES) {
    it(`${host}: chips beside the outlet links once ${site} is on, the rest of the page unmoved`, async () => {
      const page = await browser.context.newPage();
      await page.goto(url(host, path));
      await page.waitForLoadState('load');
      const before = await linkBoxes(page);
      await saveScreenshot(page, `link-chips-${site}-before`);

      const options = await turnOnInOptions(site);
      await waitFor(
        registeredChipScripts,
        (ids) => ids.includes(`link-chips-${site}`),
        `link-chips-${site}`,
      );
      await page.reload();
      await expect
        .poll(
          async () => {
            await scrollThrough(page);
            return page.locator(CHIP).count();
          },
          { timeout: 15_000 },
        )
        .toBeGreaterThan(0);
      // Settled: one more rescan's worth of quiet and the whole page scrolled past, then exactly
      // the expected chips (back at the top, where the layout before was measured).
      await page.waitForTimeout(1000);
      await scrollThrough(page);
      const labels = await page.$$eval(CHIP, (hosts) =>
        hosts.map(
          (host) => host.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? '',
        ),
      );
      const placed = await page.$$eval(CHIP, (hosts) =>
        hosts.map(
          (host) => (host.previousElementSibling as HTMLAnchorElement | null)?.href ?? 'none',
        ),
      );
      // At least the outlets the bundled catalog knows; a larger index in use knows more
      // (tests/real-data/surfaces.test.ts lists which results may get one). Never a site link.
      expect(placed.length, labels.join('\n')).toBeGreaterThanOrEqual(chips);
      expect(
        placed.filter(
          (href) => href === 'none' || new URL(href).hostname.endsWith(host.replace(/^www\./, '')),
        ),
      ).toEqual([]);
      for (const outlet of outlets)
        expect(labels.some((label) => label.includes(`Parallax: ${outlet}:`))).toBe(true);
      await saveScreenshot(page, `link-chips-${site}-light`);
      await saveChipCloseUp(page, `link-chips-${site}-light-close`);

      // Layout: every link keeps its own box (the chip sits after it, not in it), links above the
      // first chip do not move at all, and the page grows by no more than a line per chip.
      const after = await linkBoxes(page);
      const pageLinks = after.links.length;
      expect(pageLinks).toBe(before.links.length);
      const firstChipTop = await page.$eval(CHIP, (chip) => chip.getBoundingClientRect().top);
      const moved = before.links.filter((box, i) => {
        const now = after.links[i] as number[];
        return (
          (box[1] as number) + (box[3] as number) < firstChipTop - 1 && box.join() !== now.join()
        );
      });
      expect(moved).toEqual([]);
      const sizeChanged = before.links.filter((box, i) => {
        const now = after.links[i] as number[];
        return box[2] !== now[2] || box[3] !== now[3];
      });
      expect(sizeChanged.length).toBeLessThanOrEqual(placed.length); // a link may rewrap at most once per chip
      expect(after.height - before.height).toBeLessThanOrEqual(placed.length * 20);

      // The site's own dark theme (its body colour), switched live: chips follow it.
      await page.evaluate(() => {
        document.body.style.background = '#15202b';
        document.body.style.color = '#e7e9ea';
      });
      await expect
        .poll(() =>
          page.$$eval(CHIP, (hosts) => hosts.every((h) => h.getAttribute('data-theme') === 'dark')),
        )
        .toBe(true);
      await saveScreenshot(page, `link-chips-${site}-dark`);
      await saveChipCloseUp(page, `link-chips-${site}-dark-close`);

      // The card: the source, on click, for the first chip.
      await page.locator(CHIP).first().locator('button').click();
      const card = page.locator('[data-parallax-chip-card]');
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain(
        /^Parallax: (.+?): /.exec(labels[0] ?? '')?.[1] ?? 'the first chip names no outlet',
      );
      await saveScreenshot(page, `link-chips-${site}-card`);
      await saveChipCloseUp(page, `link-chips-${site}-card-close`);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);

      // Turned off: every chip leaves the open page at once, and the script is unregistered.
      await options
        .getByTestId(`link-chips-site-${site}`)
        .getByRole('button', { name: 'Turn off' })
        .click();
      await expect.poll(() => page.locator(CHIP).count()).toBe(0);
      await waitFor(
        registeredChipScripts,
        (ids) => !ids.includes(`link-chips-${site}`),
        `no link-chips-${site}`,
      );
      await options.close();
      await page.close();
    });
  }

  it('turns a site on from the popup on that site, after the same explanation', async () => {
    const pageUrl = url('news.ycombinator.com', '/');
    const page = await browser.context.newPage();
    await page.goto(pageUrl);
    const tabId = await browser.background.evaluate(async (href) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      };
      return (await chrome.tabs.query({})).find((tab) => tab.url === href)?.id ?? -1;
    }, pageUrl);
    expect(tabId).toBeGreaterThan(0);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const toggle = popup.getByTestId('popup-chip-toggle');
    await expect.poll(() => toggle.getAttribute('data-on'), { timeout: 15_000 }).toBe('false');
    expect(await toggle.textContent()).toContain('Bias chips on Hacker News');
    await popup.getByTestId('popup-chip-turn-on').click();
    await expect.poll(() => popup.getByTestId('link-chips-explanation').isVisible()).toBe(true);
    await saveScreenshot(popup, 'link-chips-popup-explanation');
    await popup.getByTestId('link-chips-continue').click();
    await expect.poll(() => toggle.getAttribute('data-on')).toBe('true');
    await saveScreenshot(popup, 'link-chips-popup-on');
    await waitFor(
      registeredChipScripts,
      (ids) => ids.includes('link-chips-hacker-news'),
      'link-chips-hacker-news',
    );
    await page.reload();
    await expect
      .poll(() => page.locator(CHIP).count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(3);
    await popup.close();
    await page.close();
  });
});
