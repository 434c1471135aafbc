import { describe, expect, it } from 'vitest';
import { IDIAP_RATER } from '../../core/reliability-band';
import type { Source } from '../../core/source';
import { siteRating } from '../../core/source-index';
import type { MergedOutlets } from './merge-outlets';
import { countryCount, formatOutletIndexSummary, summarizeOutlets } from './outlet-index-summary';
import { REJECT } from './rated-row';

function source(id: string, fields: Partial<Source>): Source {
  return {
    id,
    name: id,
    domains: [`${id}.com`],
    country: null,
    language: null,
    owner: null,
    feeds: [],
    ratings: [siteRating(IDIAP_RATER, 'Idiap, Apache-2.0.', null, null, 0.5)],
    position: null,
    ratersDisagree: false,
    ...fields,
  };
}

describe('outlet index summary', () => {
  const merged: MergedOutlets = {
    sources: [
      source('le-monde', { country: 'FR', language: 'fr' }),
      source('site-spiegel-de', {
        uncurated: true,
        country: 'DE',
        language: 'de',
        inferred: ['country', 'language', 'name'],
      }),
      source('site-x-com', { uncurated: true, inferred: ['name'] }),
      source('unrated', { ratings: [] }),
    ],
    files: [
      {
        file: 'idiap.json',
        format: 'idiap',
        rowsRead: 4,
        used: 3,
        onCatalog: 1,
        created: 2,
        rejected: 1,
      },
    ],
    rejects: new Map([[REJECT.government, [{ file: 'idiap.json', line: 4, subject: 'cdc.gov' }]]]),
    conflicts: [],
  };
  const summary = summarizeOutlets(merged, ['allsides']);

  it('counts rated outlets by rater, country and language, with what was inferred', () => {
    expect(summary).toMatchObject({
      ratedOutlets: 3,
      curated: 2,
      curatedUnrated: 1,
      nameDerived: 2,
    });
    expect(summary.byRater).toEqual([{ key: IDIAP_RATER, outlets: 3, inferred: 0 }]);
    expect(summary.byCountry).toEqual([
      { key: 'DE', outlets: 1, inferred: 1 },
      { key: 'FR', outlets: 1, inferred: 0 },
      { key: 'unknown', outlets: 1, inferred: 0 },
    ]);
    expect(countryCount(summary)).toBe(2);
  });

  it('prints counts, missing files and rejects with what each row named', () => {
    const text = formatOutletIndexSummary(summary);
    expect(text).toContain('Outlet index: 3 rated outlets from 2 countries');
    expect(text).toContain('(no allsides file: not merged)');
    expect(text).toContain('DE 1 (1 inferred)');
    expect(text).toContain(`1 × ${REJECT.government}`);
    expect(text).toContain('cdc.gov');
  });
});
