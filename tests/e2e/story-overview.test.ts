import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nearDuplicateSentences } from '../../server/stories/summary';
import { type E2eWorld, STORY_FIXTURE, startE2eWorld } from './harness/e2e-world';
import type { SiteMap } from './harness/news-sites';

const SITES: SiteMap = {
  'www.reuters.com': {
    '/world/americas/us-canada-sign-great-lakes-water-treaty-2026-11-20/': 'reuters-article.html',
  },
};

/**
 * A story whose four outlets open with the same news in four wordings (written for this test):
 * the overview must tell it once, then each outlet's own point.
 */
const STOVE_STORY = 'e2e-stove-ban';
const STOVE_ARTICLES = [
  {
    id: 'e2e-stove-cnn',
    url: 'https://www.cnn.com/2026/11/24/us/denver-gas-stove-ban/index.html',
    source: 'CNN',
    title: 'Denver bans gas stoves in new homes',
    lede: 'The Denver city council voted Tuesday to ban natural gas stoves in new homes and apartment buildings starting next year.',
    point:
      "Climate groups said indoor gas burning worsens asthma in children and adds to the city's carbon emissions.",
  },
  {
    id: 'e2e-stove-reuters',
    url: 'https://www.reuters.com/world/us/denver-council-votes-ban-gas-stoves-2026-11-24/',
    source: 'Reuters',
    title: 'Denver council votes to prohibit gas stoves in new buildings',
    lede: 'Denver will prohibit gas stoves in newly built homes and apartments from next year after a council vote on Tuesday.',
    point:
      'The ordinance exempts restaurants and existing buildings, and landlords may keep current appliances until they fail.',
  },
  {
    id: 'e2e-stove-fox',
    url: 'https://www.foxnews.com/politics/denver-gas-stove-ban-overreach',
    source: 'Fox News',
    title: 'Denver council bans gas stoves, critics cry overreach',
    lede: "Denver's council on Tuesday banned gas stoves from new homes, a move critics called government overreach into the kitchen.",
    point:
      'The restaurant association warned that chefs could leave for suburbs where gas cooking remains legal.',
  },
  {
    id: 'e2e-stove-hill',
    url: 'https://thehill.com/policy/energy-environment/5009876-denver-gas-stove-ban/',
    source: 'The Hill',
    title: 'Gas stoves to be banned in new Denver homes',
    lede: 'Gas stoves will be banned in new Denver homes and apartment buildings under a measure the city council passed Tuesday.',
    point:
      'Electricians expect a rush of induction cooktop installations as builders redesign kitchens for electric power.',
  },
];

/** The story page's overview (Overview card): no two bullets say the same thing. */
describe('story page overview', () => {
  let world: E2eWorld;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'parallax-e2e-overview-'));
    const fixture = join(folder, 'stories.jsonl');
    const stove = STOVE_ARTICLES.map((a) =>
      JSON.stringify({
        id: a.id,
        story: STOVE_STORY,
        url: a.url,
        source: a.source,
        title: a.title,
        text: `${a.lede} ${a.point}`,
        published: '2026-11-24T18:00:00Z',
      }),
    );
    writeFileSync(
      fixture,
      `${readFileSync(STORY_FIXTURE, 'utf8').trimEnd()}\n${stove.join('\n')}\n`,
    );
    world = await startE2eWorld(SITES, { storyFixture: fixture, inlineBadge: true });
  });

  afterAll(async () => {
    await world?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const bulletsOf = async (storyId: string): Promise<string[]> => {
    const page = await world.browser.context.newPage();
    await page.goto(`chrome-extension://${world.browser.extensionId}/story.html?id=${storyId}`);
    await page.getByTestId('story-page').waitFor({ timeout: 20_000 });
    const bullets = await page.getByTestId('overview').locator('li').allTextContents();
    await page.close();
    return bullets.map((text) => text.trim());
  };

  const nearDuplicatePairs = (bullets: string[]): string[] =>
    bullets.flatMap((a, i) =>
      bullets
        .slice(i + 1)
        .filter((b) => nearDuplicateSentences(a, b))
        .map((b) => `${a} / ${b}`),
    );

  it('tells four outlets’ ledes of one event once, then points from the other outlets', async () => {
    const bullets = await bulletsOf(STOVE_STORY);
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.length).toBeLessThanOrEqual(5);
    expect(nearDuplicatePairs(bullets)).toEqual([]);
    const ledes = STOVE_ARTICLES.map((a) => a.lede);
    expect(bullets.filter((bullet) => ledes.includes(bullet))).toHaveLength(1);
    const outlets = bullets.map(
      (bullet) => STOVE_ARTICLES.find((a) => `${a.lede} ${a.point}`.includes(bullet))?.source,
    );
    expect(outlets).not.toContain(undefined);
    expect(new Set(outlets).size).toBe(bullets.length);
  });

  it('shows no near-duplicate pair in the shared story fixture either', async () => {
    const bullets = await bulletsOf('e2e-water-treaty');
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.length).toBeLessThanOrEqual(5);
    expect(nearDuplicatePairs(bullets)).toEqual([]);
  });
});
