import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../core/source';
import { importRatings, type RatingsImportSummary } from '../../server/ratings/import-ratings';
import { REJECT } from '../../server/ratings/rated-row';
import { openTestStore, type TestStore } from '../../server/testing/test-store';
import { sharedDataFile } from './shared-data';

const allSides = sharedDataFile('ratings/allsides-2023-11-15.csv');
const idiap = sharedDataFile('ratings/idiap-reliability-scores.json');
const perennial = sharedDataFile('ratings/wikipedia-perennial-2021-03-17.csv');
const available = allSides.available && idiap.available && perennial.available;

/** Every importer on the real files, in turn, into one temp SQLite store with the catalog. */
describe.skipIf(!available)('rating importers on the real files', () => {
  let store: TestStore;
  const summaries: Record<string, RatingsImportSummary> = {};
  const source = async (id: string): Promise<Source> => {
    const found = await store.store.sources.get(id);
    expect(found, `source ${id}`).not.toBeNull();
    return found as Source;
  };
  const rejectedCount = (s: RatingsImportSummary) =>
    [...s.rejected.values()].reduce((n, lines) => n + lines.length, 0);

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-ratings-'));
    store = await openTestStore({
      config: { kind: 'sqlite', path: join(dir, 'ratings.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    });
    summaries.allsides = await importRatings(store.store, allSides.path, 'allsides');
    summaries.idiap = await importRatings(store.store, idiap.path, 'idiap');
    summaries.perennial = await importRatings(store.store, perennial.path, 'perennial');
  }, 120_000);
  afterAll(() => store?.close());

  it('AllSides: every row accounted for; outlets attached, people and profiles rejected', async () => {
    const s = summaries.allsides as RatingsImportSummary;
    expect(s.ratedOn).toBe('2023-11-15');
    expect(s.rowsRead).toBe(2225);
    expect(s.rowsUsed + rejectedCount(s)).toBe(s.rowsRead);
    expect(s.rowsUsed).toBeGreaterThan(1600);
    expect(s.rowsOnCatalogSources).toBeGreaterThanOrEqual(231);
    expect(s.rejected.get(REJECT.author)).toContain(2); // foxnews.com/person/m/karol-markowicz
    expect(s.rejected.get(REJECT.social)).toContain(4); // twitter.com/ConversationUS
    expect(s.rejected.get(REJECT.noDomain)).toContain(17); // Aaron Withe, no link
    expect(s.rejected.get(REJECT.duplicate)).toContain(195); // Billings Gazette, listed twice

    const reuters = (await source('reuters')).ratings.find((r) => r.rater === 'AllSides');
    expect(reuters).toMatchObject({ label: 'Center', position: 0, ratedOn: '2023-11-15' });
    expect(reuters?.provenance).toMatchObject({
      file: 'allsides-2023-11-15.csv',
      format: 'allsides',
    });
    expect((await source('cnn-opinion')).ratings[0]?.label).toBe('Left');
    const gazette = await source('site-billingsgazette-com');
    expect(gazette).toMatchObject({ name: 'Billings Gazette', uncurated: true, position: 0 });
    expect(gazette.domains).toEqual(['billingsgazette.com']);
  });

  it('idiap: one reliability rating per domain, with its score; ground_truth ignored', async () => {
    const s = summaries.idiap as RatingsImportSummary;
    expect(s.rowsRead).toBe(15425);
    expect(s.rowsUsed + rejectedCount(s)).toBe(s.rowsRead);
    expect(s.rowsUsed).toBeGreaterThan(15_000);
    const hindu = (await source('the-hindu')).ratings.find((r) => r.rater.startsWith('Idiap'));
    // Kept to two places (the file has 0.940994447102955), worded by its band.
    expect(hindu).toMatchObject({ label: '0.94', reliability: 'High reliability', score: 0.94 });
    expect(hindu?.attribution).toContain('Apache-2.0');
    // WKYT: created by the AllSides import, rated by both; the score is −0.053.
    const wkyt = await source('site-wkyt-com');
    expect(wkyt.ratings.map((r) => [r.rater, r.label, r.reliability])).toEqual([
      ['AllSides', 'Center', null],
      ['Idiap news-source reliability', '-0.05', 'Mixed reliability'],
    ]);
    expect(wkyt.position).toBe(0);
  });

  it('perennial: statuses as published, attached to catalog outlets or new ones', async () => {
    const s = summaries.perennial as RatingsImportSummary;
    expect(s.ratedOn).toBe('2021-03-17');
    expect(s.rowsRead).toBe(329);
    expect(s.rowsUsed + rejectedCount(s)).toBe(s.rowsRead);
    expect(s.rowsOnCatalogSources).toBeGreaterThan(100);
    expect(s.rejected.get(REJECT.unknownLabel('Wikipedia:Reliable sources/Noticeboard'))).toEqual([
      86,
    ]);
    const rating = (id: string) =>
      source(id).then((src) => src.ratings.find((r) => r.rater === 'Wikipedia perennial sources'));
    expect(await rating('reuters')).toMatchObject({ label: 'Generally reliable' });
    expect(await rating('breitbart')).toMatchObject({ label: 'Blacklisted / Deprecated' });
    expect((await rating('site-112ua-tv'))?.attribution).toContain('CC BY-SA 4.0');
    // A reliability verdict never moves the bias position.
    expect((await source('breitbart')).position).toBe(2);
  });

  it('importing a file again updates nothing and duplicates nothing', async () => {
    const before = (await store.store.sources.list()).length;
    const again = await importRatings(store.store, allSides.path, 'allsides');
    expect(again).toMatchObject({ sourcesCreated: 0, sourcesUpdated: 0 });
    expect(again.sourcesUnchanged).toBe(summaries.allsides?.rowsUsed);
    expect((await store.store.sources.list()).length).toBe(before);
    const reuters = await source('reuters');
    expect(reuters.ratings.filter((r) => r.rater === 'AllSides')).toHaveLength(1);
  });
});
