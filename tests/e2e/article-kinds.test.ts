import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe';
import { type E2eWorld, STORY_FIXTURE, startE2eWorld } from './harness/e2e-world';
import { saveScreenshot } from './harness/extension-browser';
import { readTabState, tabIdOf } from './harness/extension-pages';
import type { SiteMap } from './harness/news-sites';

const OPINION =
  '/opinion/energy-environment/5001300-the-senate-should-ratify-the-great-lakes-water-treaty/';
const SITES: SiteMap = { 'thehill.com': { [OPINION]: 'thehill-opinion.html' } };
/** A column and a news report of the same vote, both without a story: the clusterer groups them. */
const OPINION_FIXTURE = join(import.meta.dirname, '../fixtures/e2e/opinion.jsonl');

/**
 * Issue 13 item 5: an opinion piece (OpinionNewsArticle, under /opinion/) is labelled "Opinion"
 * on the badge, in the popup and on the story page; the story page says why its articles are
 * grouped, from the terms the clusterer stored when it placed them.
 */
describe('article kinds and why articles are grouped', () => {
  let world: E2eWorld;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-e2e-kinds-'));
    const fixture = join(folder, 'stories.jsonl');
    writeFileSync(
      fixture,
      `${readFileSync(STORY_FIXTURE, 'utf8').trimEnd()}\n${readFileSync(OPINION_FIXTURE, 'utf8')}`,
    );
    world = await startE2eWorld(SITES, { storyFixture: fixture, inlineBadge: true });
  });

  afterAll(async () => {
    await world?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function openOpinion(width = 1280): Promise<Page> {
    const page = await world.browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(world.siteUrl('thehill.com', OPINION));
    return page;
  }

  /** The story the background found for the page's tab (its state in storage.session). */
  async function storyIdOf(url: string): Promise<string> {
    const tabId = await tabIdOf(world.browser, url);
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const id = (await readTabState(world.browser, tabId))?.story?.id;
      if (id) return id;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no story found for ${url}`);
  }

  it('labels the opinion piece on the badge chip and in its open panel', async () => {
    const page = await openOpinion();
    const chip = page.getByTestId('badge-chip');
    await chip.waitFor({ timeout: 20_000 });
    // Heard on the chip; shown beside the outlet in the panel (the chip's width is the outlet's).
    await expect(chip.textContent()).resolves.toContain('The Hill, Opinion is Center');
    await expect(chip.getByTestId('badge-outlet').textContent()).resolves.toBe('The Hill');
    await saveScreenshot(page, 'kind-badge-chip');
    // The panel fades in (120 ms) only where motion is welcome: without it, the screenshot is
    // of the settled panel at once, with no guess at how long the fade takes.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await chip.click();
    const panel = page.getByTestId('badge-panel');
    await panel.waitFor();
    await expect(panel.getByTestId('source-name').textContent()).resolves.toBe('The Hill, Opinion');
    await saveScreenshot(page, 'kind-badge-panel');
    expect(await seriousAxeViolations(page, 'parallax-badge')).toEqual([]);
    await page.close();
  });

  it('labels it in the popup, on the source card and as the article being read', async () => {
    const page = await openOpinion();
    const url = world.siteUrl('thehill.com', OPINION);
    const tabId = await tabIdOf(world.browser, url);
    const popup = await world.browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${world.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByTestId('story-card').waitFor({ timeout: 20_000 });
    await expect(popup.getByTestId('source-name').textContent()).resolves.toBe('The Hill, Opinion');
    const reading = popup.getByTestId('reading-this');
    await expect(reading.getByTestId('article-kind').textContent()).resolves.toBe(', Opinion');
    await saveScreenshot(popup, 'kind-popup');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'kind-popup-dark');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('labels it on the story page, which says why the articles are grouped', async () => {
    const page = await openOpinion();
    const storyId = await storyIdOf(world.siteUrl('thehill.com', OPINION));
    const story = await world.browser.context.newPage();
    await story.setViewportSize({ width: 1280, height: 900 });
    await story.goto(`chrome-extension://${world.browser.extensionId}/story.html?id=${storyId}`);
    await story.getByTestId('story-page').waitFor({ timeout: 20_000 });
    const articles = story.getByTestId('story-articles');
    const labelled = articles.locator('li', { has: story.getByTestId('article-kind') });
    await expect(labelled.count()).resolves.toBe(1);
    await expect(labelled.textContent()).resolves.toContain('The Senate should ratify');
    // The story is titled by the report, not by the column's argument.
    await expect(story.getByTestId('story-title').textContent()).resolves.toBe(
      'Senate weighs ratification vote on Great Lakes water treaty',
    );
    // The reason is the terms the clusterer stored when it placed the news report here.
    const reason = await articles.getByTestId('grouping-reason').textContent();
    expect(reason).toMatch(/^Grouped because they share: .+\.$/);
    expect(reason?.toLowerCase()).toMatch(/senate|ratification|treaty|great lakes/);
    await expect(story.getByTestId('framing-opinion-note').textContent()).resolves.toContain(
      'opinion piece is left out',
    );
    await saveScreenshot(story, 'kind-story-page');
    expect(await seriousAxeViolations(story)).toEqual([]);
    await story.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(story, 'kind-story-page-dark');
    expect(await seriousAxeViolations(story)).toEqual([]);
    await story.close();
    await page.close();
  });

  it('says the imported story came grouped in its data, Parallax having matched none of it', async () => {
    const story = await world.browser.context.newPage();
    await story.goto(
      `chrome-extension://${world.browser.extensionId}/story.html?id=e2e-water-treaty`,
    );
    await story.getByTestId('story-page').waitFor({ timeout: 20_000 });
    await expect(story.getByTestId('grouping-reason').textContent()).resolves.toBe(
      'These articles came grouped in the data they were imported from; Parallax did not match them itself.',
    );
    await story.close();
  });
});
