import { describe, expect, it } from 'vitest';
import { IDIAP_RATER } from './reliability-band';
import { combinedPosition, type Rating, type Source } from './source';
import {
  buildSourceIndex,
  decodeAllSources,
  indexEntryCount,
  SourceIndex,
  siteRating,
  uncuratedSourceId,
} from './source-index';
import { SourceIndexMatcher } from './source-index-match';

const ATTRIBUTION = 'Scores by Idiap, licensed Apache-2.0.';
const PAGE = 'https://github.com/idiap/News-Media-Reliability';

/** An outlet as the importers create it from an idiap row alone. */
function domainOnly(domain: string, score: number): Source {
  const rating = { ...siteRating(IDIAP_RATER, ATTRIBUTION, PAGE, null, score), entry: domain };
  return {
    id: uncuratedSourceId(domain),
    name: domain,
    domains: [domain],
    country: null,
    language: null,
    owner: null,
    feeds: [],
    ratings: [rating],
    uncurated: true,
    position: null,
    ratersDisagree: false,
  };
}

function curated(id: string, domains: string[], ratings: Rating[] = []): Source {
  return {
    id,
    name: id,
    domains,
    country: 'US',
    language: 'en',
    owner: null,
    feeds: [],
    ratings,
    ...combinedPosition(ratings),
  };
}

const roundTrip = (sources: Source[]) =>
  SourceIndex.parse(JSON.parse(JSON.stringify(buildSourceIndex(sources))));

describe('source index: domain-only outlets (sites)', () => {
  const sources = [
    curated('msn', ['msn.com']),
    domainOnly('lemonde.fr', 0.94),
    domainOnly('lemondeinformatique.fr', 0.31),
    domainOnly('example-news.com', -0.72),
    domainOnly('aaa.example.org', 0),
  ];
  const index = roundTrip(sources);

  it('stores them as front-coded columns, sorted, and counts them as outlets', () => {
    expect(index.format).toBe('parallax-source-index/2');
    expect(index.sources).toHaveLength(1);
    expect(index.sites?.[0]?.[3]).toBe(
      '0aaa.example.org 0example-news.com 0lemonde.fr 7informatique.fr',
    );
    expect(index.sites?.[0]?.[4]).toEqual([0, -72, 94, 31]);
    expect(indexEntryCount(index)).toBe(5);
  });

  it('decodes each to its source: domain as name (marked), ccTLD country (marked), band in words', () => {
    const lemonde = new SourceIndexMatcher(index).match('https://www.lemonde.fr/pixels/article/x');
    expect(lemonde).toMatchObject({
      id: 'site-lemonde-fr',
      name: 'lemonde.fr',
      country: 'FR',
      language: 'fr',
      inferred: ['country', 'language', 'name'],
      uncurated: true,
      position: null,
    });
    expect(lemonde?.ratings).toEqual([
      {
        rater: IDIAP_RATER,
        entry: null,
        label: '0.94',
        position: null,
        reliability: 'High reliability',
        ratedOn: null,
        url: PAGE,
        attribution: ATTRIBUTION,
        score: 0.94,
      },
    ]);
    const dotCom = decodeAllSources(index).find((s) => s.id === 'site-example-news-com');
    expect(dotCom).toMatchObject({ country: null, language: null, inferred: ['name'] });
    expect(dotCom?.ratings[0]?.reliability).toBe('Low reliability');
  });

  it('keeps a scored rating that is not idiap-shaped as a full entry', () => {
    const other = domainOnly('other.de', 0.5);
    const odd = { ...other, ratings: [{ ...(other.ratings[0] as Rating), label: 'B+' }] };
    const built = roundTrip([odd]);
    expect(built.sites).toBeUndefined();
    const decoded = new SourceIndexMatcher(built).match('https://other.de/');
    expect(decoded?.ratings[0]?.label).toBe('B+');
    expect(decoded).toMatchObject({ country: 'DE', inferred: ['country', 'language', 'name'] });
  });

  it('carries the portal flag and the name-derived flag of full entries', () => {
    const portal = { ...curated('msn', ['msn.com']), portal: true };
    const named = { ...domainOnly('news.example.com', 0.2), ratings: [], uncurated: true };
    const decoded = decodeAllSources(roundTrip([portal, named]));
    expect(decoded[0]).toMatchObject({ id: 'msn', portal: true, country: 'US', language: 'en' });
    expect(decoded[1]).toMatchObject({ name: 'news.example.com', inferred: ['name'] });
  });

  it('still reads a version 1 index (stored copies)', () => {
    const v1 = {
      format: 'parallax-source-index/1',
      strings: ['AllSides', 'Ratings by AllSides.com, licensed CC BY-NC 4.0.', 'Center'],
      raters: [[0, 1]],
      sources: [['reuters', 'Reuters', 'reuters.com', [[0, 2, 0]]]],
    };
    const matched = new SourceIndexMatcher(SourceIndex.parse(v1)).match('https://reuters.com/x');
    expect(matched).toMatchObject({ id: 'reuters', name: 'Reuters', position: 0, country: null });
  });

  it('rejects a sites group whose scores do not line up with its domains', () => {
    const broken = { ...index, sites: [[0, PAGE, -1, '0a.com 0b.com', [1]]] };
    expect(SourceIndex.safeParse(broken).success).toBe(false);
  });
});
