import { describe, expect, it } from 'vitest';
import { isRated, reliabilityReading, reliabilityReadings } from './reliability-reading';
import type { Rating } from './source';

const base: Rating = {
  rater: 'AllSides',
  entry: null,
  label: 'Lean Left',
  position: -1,
  reliability: null,
  ratedOn: '2023-11-15',
  url: null,
  attribution: 'Ratings by AllSides.com, licensed CC BY-NC 4.0.',
};
const idiap = (score: number): Rating => ({
  ...base,
  rater: 'Idiap news-source reliability',
  label: score.toFixed(2),
  position: null,
  reliability: 'whatever the importer wrote',
  score,
  ratedOn: null,
  attribution: 'Idiap Research Institute (Burdisso et al., NAACL 2024), licensed Apache-2.0.',
});
const perennial = (label: string): Rating => ({
  ...base,
  rater: 'Wikipedia perennial sources',
  label,
  position: null,
  reliability: label,
  ratedOn: '2021-03-17',
  attribution: 'Wikipedia:Reliable sources/Perennial sources, licensed CC BY-SA 4.0.',
});

describe('reliabilityReading', () => {
  it('words an idiap score by its band, dated by the paper its attribution cites', () => {
    expect(reliabilityReading(idiap(0.93))).toMatchObject({
      band: 'high',
      line: 'Idiap reliability estimate, 2024 — high',
      raterLabel: '0.93',
      licence: 'Apache-2.0',
    });
    expect(reliabilityReading(idiap(0.1))?.line).toBe('Idiap reliability estimate, 2024 — mixed');
    expect(reliabilityReading(idiap(-0.7))?.band).toBe('low');
  });

  it("words Wikipedia's consensus, a row with several statuses by its lowest", () => {
    expect(reliabilityReading(perennial('Generally reliable'))?.line).toBe(
      'Wikipedia editors’ consensus, 2021 — high',
    );
    expect(reliabilityReading(perennial('No consensus / Deprecated'))?.band).toBe('low');
  });

  it("keeps another rater's own words when they fit no band", () => {
    const other = { ...base, rater: 'Example', reliability: 'Very high factual reporting' };
    expect(reliabilityReading(other)).toMatchObject({
      band: null,
      line: 'Example, 2023 — Very high factual reporting',
    });
  });

  it('a bias-only rating has no reliability reading', () => {
    expect(reliabilityReading(base)).toBeNull();
  });
});

describe('reliabilityReadings and isRated', () => {
  it("puts people's consensus before the computed estimate", () => {
    const readings = reliabilityReadings({
      ratings: [idiap(0.9), base, perennial('No consensus')],
    });
    expect(readings.map((reading) => reading.rater)).toEqual([
      'Wikipedia perennial sources',
      'Idiap news-source reliability',
    ]);
  });

  it('an outlet with reliability alone is rated; one with nothing is not', () => {
    expect(isRated({ ratings: [idiap(0.2)], position: null })).toBe(true);
    expect(isRated({ ratings: [], position: null })).toBe(false);
    expect(isRated({ ratings: [base], position: -1 })).toBe(true);
  });
});
