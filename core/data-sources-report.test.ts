import { describe, expect, it } from 'vitest';
import { bundledSources } from './bundled-catalog';
import { countIndexOutlets, DataSourcesReport, summarizeRaters } from './data-sources-report';
import { IDIAP_RATER } from './reliability-band';
import type { Rating, Source } from './source';
import { buildSourceIndex, siteRating, uncuratedSourceId } from './source-index';

const ALLSIDES = 'Ratings by AllSides.com, licensed CC BY-NC 4.0.';

function rating(rater: string, fields: Partial<Rating> = {}): Rating {
  return {
    rater,
    entry: null,
    label: 'Center',
    position: 0,
    reliability: null,
    ratedOn: null,
    url: null,
    attribution: ALLSIDES,
    ...fields,
  };
}

function source(id: string, ratings: Rating[], uncurated = false): Source {
  return {
    id,
    name: id,
    domains: [`${id}.example`],
    country: null,
    language: null,
    owner: null,
    feeds: [],
    ratings,
    ...(uncurated && { uncurated }),
    position: ratings[0]?.position ?? null,
    ratersDisagree: false,
  };
}

const PERENNIAL = 'Wikipedia perennial sources';
const perennial = (ratedOn: string | null, attribution: string) =>
  rating(PERENNIAL, {
    label: 'Generally reliable',
    position: null,
    reliability: 'Generally reliable',
    ratedOn,
    attribution,
  });

describe('summarizeRaters', () => {
  const index = buildSourceIndex([
    source('one', [
      rating('AllSides', { ratedOn: '2023-11-15' }),
      perennial('2024-01-02', 'WP:RSP (snapshot of 2024-01-02), licensed CC BY-SA 4.0.'),
    ]),
    source('two', [
      rating('AllSides', { ratedOn: '2022-05-01', label: 'Left', position: -2 }),
      perennial('2025-03-04', 'WP:RSP (snapshot of 2025-03-04), licensed CC BY-SA 4.0.'),
    ]),
    source('three', [rating('AllSides')]),
    source(
      uncuratedSourceId('four.example'),
      [
        rating('Example Ratings', {
          url: 'https://ratings.example.org/outlets/four',
          attribution: 'Ratings by Example, used with permission.',
          ratedOn: '2021-01-01',
        }),
      ],
      true,
    ),
  ]);
  const raters = summarizeRaters(index);

  it('counts the outlets each rater rates, most first, and what it rates them on', () => {
    expect(raters.map((r) => [r.rater, r.outlets, r.biasOutlets, r.reliabilityOutlets])).toEqual([
      ['AllSides', 3, 3, 0],
      [PERENNIAL, 2, 0, 2],
      ['Example Ratings', 1, 1, 0],
    ]);
  });

  it('gives the date range, the undated count, every attribution and the licence in them', () => {
    const [allSides, wikipedia] = raters;
    expect(allSides?.ratedOn).toEqual({ first: '2022-05-01', last: '2023-11-15' });
    expect(allSides?.undated).toBe(1);
    expect(allSides?.licence).toBe('CC BY-NC 4.0');
    expect(wikipedia?.attributions).toHaveLength(2);
    expect(wikipedia?.licence).toBe('CC BY-SA 4.0');
    expect(wikipedia?.page).toBe(
      'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
    );
  });

  it('links an unknown rater to the site its rating links share, and says it names no licence', () => {
    const example = raters[2];
    expect(example?.page).toBe('https://ratings.example.org/');
    expect(example?.licence).toBeNull();
  });

  it('counts outlets and uncurated outlets', () => {
    expect(countIndexOutlets(index)).toEqual({ outlets: 4, uncurated: 1 });
  });

  it('is empty for an index without ratings', () => {
    expect(summarizeRaters(buildSourceIndex([source('plain', [])]))).toEqual([]);
  });
});

describe('the bundled catalog', () => {
  it('is rated by AllSides (2023-11-15 snapshot, CC BY-NC 4.0), and the report validates', () => {
    const index = buildSourceIndex(bundledSources);
    const raters = summarizeRaters(index);
    const allSides = raters.find((r) => r.rater === 'AllSides');
    expect(allSides).toMatchObject({
      licence: 'CC BY-NC 4.0',
      page: 'https://www.allsides.com/media-bias/ratings',
      ratedOn: { first: '2023-11-15', last: '2023-11-15' },
    });
    expect(allSides?.outlets).toBe(
      bundledSources.filter((s) => s.ratings.some((r) => r.rater === 'AllSides')).length,
    );
    const report = {
      index: { origin: 'bundled', checkedAt: null, ...countIndexOutlets(index) },
      raters,
      backendUrl: 'http://127.0.0.1:8787',
    };
    expect(DataSourcesReport.parse(report)).toEqual(report);
  });
});

describe('data sources report on an index with domain-only sites', () => {
  it('counts the sites as uncurated outlets rated by their rater', () => {
    const site = (domain: string, score: number): Source => ({
      id: `site-${domain.replace(/\./g, '-')}`,
      name: domain,
      domains: [domain],
      country: null,
      language: null,
      owner: null,
      feeds: [],
      ratings: [siteRating(IDIAP_RATER, 'Idiap, Apache-2.0.', null, null, score)],
      uncurated: true,
      position: null,
      ratersDisagree: false,
    });
    const index = buildSourceIndex([site('a-news.de', 0.7), site('b-news.fr', -0.2)]);
    expect(index.sites).toHaveLength(1);
    expect(countIndexOutlets(index)).toEqual({ outlets: 2, uncurated: 2 });
    expect(summarizeRaters(index)).toMatchObject([
      {
        rater: IDIAP_RATER,
        outlets: 2,
        reliabilityOutlets: 2,
        biasOutlets: 0,
        licence: 'Apache-2.0',
      },
    ]);
  });
});
