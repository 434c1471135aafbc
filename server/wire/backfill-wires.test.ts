import { expect, it } from 'vitest';
import type { ArticleInput } from '../store/records';
import { describeEachBackend } from '../testing/test-databases';
import type { TestStore } from '../testing/test-store';
import { testStores } from '../testing/test-stores';
import { backfillWires, formatWireBackfillSummary } from './backfill-wires';

// Invented texts: an agency report copied by an outlet, and a second one credited by byline.
const BANKS =
  'Regional lenders fell sharply on Thursday after a mid-sized bank in California disclosed a ' +
  'loss on its bond portfolio and said it would raise new capital, reviving fears about ' +
  'deposits that had eased since the spring.';
const FLOODS =
  'Rescue teams searched flooded villages in the north of the country on Sunday after days of ' +
  'heavy rain swept away roads and bridges and left thousands of families without power or ' +
  'clean water, officials said.';

function article(
  id: string,
  outlet: string,
  publishedAt: string,
  text: string,
  extra: Partial<ArticleInput> = {},
): ArticleInput {
  return {
    id,
    url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/${id}`,
    title: `Headline ${id}`,
    outlet,
    sourceId: null,
    publishedAt,
    storyId: 'story',
    text,
    ...extra,
  };
}

/** Articles as a version before migration 0007 stored them (but two attributed since). */
const STORED: ArticleInput[] = [
  article('reuters-own', 'Reuters', '2021-08-10T06:00:00.000Z', BANKS),
  article('cnn-copy', 'CNN', '2021-08-10T08:00:00.000Z', BANKS),
  article(
    'fox-dateline',
    'Fox News',
    '2021-08-10T09:00:00.000Z',
    'WASHINGTON (AP) — The Senate passed the budget resolution early Wednesday.',
  ),
  // Credited by its feed's byline when ingested: the byline is not stored, the attribution is.
  article('nbc-afp', 'NBC News', '2021-08-11T06:00:00.000Z', FLOODS, { wire: 'afp' }),
  article('abc-copy', 'ABC News', '2021-08-11T07:00:00.000Z', FLOODS),
  // Stored as AP copy although nothing in its text says so: kept, never erased.
  article('nyt-kept', 'New York Times', '2021-08-11T08:00:00.000Z', 'Own words.', { wire: 'ap' }),
  article('wapo-own', 'Washington Post', '2021-08-12T06:00:00.000Z', 'Own reporting here.'),
];

async function attributions(store: TestStore) {
  const rows = await store.store.articles.list(100);
  return Object.fromEntries(rows.map((r) => [r.id, [r.wire, r.duplicateOf]]));
}

describeEachBackend('wire backfill over stored articles', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);

  it('fills in markers and copies, keeps what was stored, and changes nothing when run again', async () => {
    const store = await openStore();
    const window = store.store.wireWindow;
    await store.stories.storeArticles(STORED);
    const progress: number[] = [];
    // Pages of two: copies are found across pages.
    const first = await backfillWires(window, {
      batch: 2,
      onProgress: (s) => progress.push(s.read),
    });
    expect(progress).toEqual([2, 4, 6, 7]);
    expect(first).toMatchObject({
      read: 7,
      context: 0,
      byMarker: 2,
      copies: 2,
      inherited: 2,
      unchanged: 3,
    });
    expect(await attributions(store)).toEqual({
      'abc-copy': ['afp', 'nbc-afp'],
      'cnn-copy': ['reuters', 'reuters-own'],
      'fox-dateline': ['ap', null],
      'nbc-afp': ['afp', null],
      'nyt-kept': ['ap', null],
      'reuters-own': ['reuters', null],
      'wapo-own': [null, null],
    });
    const before = await attributions(store);
    const second = await backfillWires(window, { batch: 3 });
    expect(second).toMatchObject({ read: 7, byMarker: 0, copies: 0, inherited: 0, unchanged: 7 });
    expect(await attributions(store)).toEqual(before);
  });

  it('with --days, reads only the window, and finds copies of the articles just before it', async () => {
    const store = await openStore();
    const window = store.store.wireWindow;
    await store.stories.storeArticles(STORED);
    // The window starts at 2021-08-10T07:00Z: reuters-own is context, cnn-copy is inside.
    const now = () => Date.parse('2021-08-12T07:00:00.000Z');
    const summary = await backfillWires(window, { days: 2, now });
    expect(summary).toMatchObject({ read: 6, context: 1, byMarker: 1, copies: 2, unchanged: 3 });
    const rows = await attributions(store);
    expect(rows['reuters-own']).toEqual([null, null]);
    expect(rows['cnn-copy']).toEqual(['reuters', 'reuters-own']);
  });

  it('prints a summary', () => {
    const text = formatWireBackfillSummary({
      read: 7,
      context: 0,
      byMarker: 2,
      copies: 2,
      inherited: 1,
      unchanged: 3,
      millis: 1234,
    });
    expect(text).toContain('articles read:      7');
    expect(text).toContain('marked as copies:   2 (1 of them inherit');
    expect(text).toContain('time:               1.2 s');
  });
});
