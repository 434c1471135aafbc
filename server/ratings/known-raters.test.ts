import { describe, expect, it } from 'vitest';
import { bundledSources } from '../../core/bundled-catalog';
import { KNOWN_RATER_PAGES, licenceIn, licenceUrl } from '../../core/known-raters';
import { ALLSIDES_RATER } from './read-allsides';
import { IDIAP_RATER } from './read-idiap';
import { PERENNIAL_RATER } from './read-perennial';

describe('known raters', () => {
  it('has a page for every rater an importer writes and every rater in the catalog', () => {
    const catalogRaters = bundledSources.flatMap((s) => s.ratings.map((r) => r.rater));
    for (const rater of [ALLSIDES_RATER, IDIAP_RATER, PERENNIAL_RATER, ...catalogRaters]) {
      expect(KNOWN_RATER_PAGES[rater], rater).toMatch(/^https:\/\//);
    }
  });
});

describe('licenceIn', () => {
  it.each([
    ['Ratings by AllSides.com, licensed CC BY-NC 4.0 (snapshot of 2023-11-15).', 'CC BY-NC 4.0'],
    [
      'Wikipedia:Reliable sources/Perennial sources (snapshot of 2025-01-01), by Wikipedia contributors, licensed CC BY-SA 4.0.',
      'CC BY-SA 4.0',
    ],
    ['Example ratings, CC0 1.0', 'CC0 1.0'],
    ['Data © Example, available under the ODbL 1.0', 'ODbL 1.0'],
    ['Example Ratings, licensed CC-BY-NC-SA', 'CC-BY-NC-SA'],
    ['Released into the public domain by Example', 'public domain'],
  ])('reads the licence in %j', (attribution, licence) => {
    expect(licenceIn(attribution)).toBe(licence);
  });

  it('is null when the attribution names no licence', () => {
    expect(
      licenceIn(
        'Reliability scores by the Idiap Research Institute. The licence is not stated in the imported file.',
      ),
    ).toBeNull();
    expect(licenceIn('Ratings by Example Media, used with permission.')).toBeNull();
  });
});

describe('licenceUrl', () => {
  it.each([
    ['CC BY-NC 4.0', 'https://creativecommons.org/licenses/by-nc/4.0/'],
    ['CC BY-SA 4.0', 'https://creativecommons.org/licenses/by-sa/4.0/'],
    ['cc-by-nc-nd 3.0', 'https://creativecommons.org/licenses/by-nc-nd/3.0/'],
    ['CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
  ])('links %s to its deed', (licence, url) => {
    expect(licenceUrl(licence)).toBe(url);
  });

  it('is null for a licence without a version or outside Creative Commons', () => {
    expect(licenceUrl('CC-BY-NC-SA')).toBeNull();
    expect(licenceUrl('ODbL 1.0')).toBeNull();
  });
});
