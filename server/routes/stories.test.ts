import { expect, it } from 'vitest';
import { sideOf } from '../../core/coverage';
import { Story } from '../../core/story';
import type { ArticleInput } from '../store/records';
import { testApp } from '../testing/test-app';
import { describeEachBackend } from '../testing/test-databases';

const SHARED =
  'The Senate passed the border security bill on Tuesday after a long debate about funding.';
const TEXTS = {
  left: `${SHARED} Migrant families seeking asylum face cruel detention, advocates said. Migrant families and asylum seekers deserve humane treatment, immigrant rights groups argued. The measure includes money for judges, technology and ports of entry, aides said. A final vote in the House is expected before the holiday recess.`,
  center: `${SHARED} The bill funds more immigration judges and new screening technology at ports of entry. Lawmakers from both parties negotiated the measure for several months. A final vote in the House is expected before the holiday recess.`,
  right: `${SHARED} Illegal aliens keep crossing as the border crisis grows, sheriffs said. The border crisis and illegal aliens strain small towns, and illegal crossings hit records. The measure includes money for judges, technology and ports of entry, aides said. A final vote in the House is expected before the holiday recess.`,
};

function article(
  id: string,
  storyId: string,
  sourceId: string,
  hour: number,
  title: string,
  text: string | null,
): ArticleInput {
  return {
    id,
    url: `https://example.org/${storyId}/${id}`,
    title,
    outlet: null,
    sourceId,
    publishedAt: `2024-05-0${hour < 24 ? 1 : 2}T${String(hour % 24).padStart(2, '0')}:00:00Z`,
    storyId,
    text,
  };
}

describeEachBackend('GET /v1/stories/:id story data', (_kind, createDatabase) => {
  const app = testApp(createDatabase, {
    fill: async (store) => {
      const sources = await store.store.sources.list();
      const bySide = (side: string) =>
        sources.filter((s) => sideOf(s.position) === side).map((s) => s.id);
      const [left, center, right] = [bySide('left'), bySide('center'), bySide('right')];
      const pick = (list: string[], i: number) => list[i] as string;
      await store.stories.storeArticles([
        article('b1', 'border', pick(center, 0), 9, 'Senate passes border bill', TEXTS.center),
        article('b2', 'border', pick(left, 0), 8, 'Cruel border bill passes', TEXTS.left),
        article(
          'b3',
          'border',
          pick(right, 0),
          10,
          'Senate passes border security bill',
          TEXTS.right,
        ),
        article('b4', 'border', pick(left, 1), 11, 'Senate border bill passes', null),
        // Six rated outlets, none on the right: a right blindspot; no text, so no overview.
        ...[0, 1, 2].map((i) =>
          article(`l${i}`, 'quiet', pick(left, i), 8 + i, 'Park opens downtown', null),
        ),
        ...[1, 2, 3].map((i) =>
          article(`c${i}`, 'quiet', pick(center, i), 12 + i, 'Downtown park opens', null),
        ),
      ]);
    },
  });

  it('serves the representative headline, overview, framing and timeline', async () => {
    const response = await app.inject('/v1/stories/border');
    expect(response.statusCode).toBe(200);
    const story = Story.parse(response.json());
    // Not the earliest article's title ("Cruel border bill passes"): the most central one.
    expect(story.title).toBe('Senate passes border bill');
    expect(story.firstSeen).toBe('2024-05-01T08:00:00Z');
    expect(story.lastUpdated).toBe('2024-05-01T11:00:00Z');
    expect(story.articles.map((a) => a.publishedAt)).toEqual([
      '2024-05-01T11:00:00Z',
      '2024-05-01T10:00:00Z',
      '2024-05-01T09:00:00Z',
      '2024-05-01T08:00:00Z',
    ]);
    const overview = story.overview ?? [];
    expect(overview.length).toBeGreaterThanOrEqual(3);
    expect(overview.length).toBeLessThanOrEqual(5);
    const texts = Object.values(TEXTS);
    for (const sentence of overview) expect(texts.some((t) => t.includes(sentence))).toBe(true);
    expect(story.blindspot).toBeNull();
    expect(story.framing?.right).toContain('illegal aliens');
    expect(story.framing?.left.some((t) => t.includes('migrant'))).toBe(true);
  });

  it('flags the blindspot and serves no overview or framing without text', async () => {
    const story = Story.parse((await app.inject('/v1/stories/quiet')).json());
    expect(story.coverage.threeWay).toMatchObject({ left: 3, center: 3, right: 0 });
    expect(story.blindspot).toBe('right');
    expect(story.overview).toBeUndefined();
    expect(story.framing).toBeNull();
  });
});
