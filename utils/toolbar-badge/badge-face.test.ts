import { describe, expect, it } from 'vitest';
import { type Rating, type Source, uncuratedSource } from '../../core/source';
import { allSidesRating, perennialGazette } from '../../tests/fixtures/ratings';
import { BADGE_COLORS } from './badge-colors';
import { badgeFace, RELIABILITY_ONLY_MARK } from './badge-face';

const perennial = perennialGazette;
const idiap: Rating = {
  rater: 'Idiap news-source reliability',
  entry: 'examplegazette.com',
  label: '-0.97',
  position: null,
  reliability: null,
  score: -0.97,
  ratedOn: null,
  url: 'https://github.com/idiap/News-Media-Reliability',
  attribution:
    'Reliability scores by the Idiap Research Institute (Burdisso et al., NAACL 2024), ' +
    'github.com/idiap/News-Media-Reliability, licensed Apache-2.0.',
};
const allSides = allSidesRating('Example Times', 'Lean Left', -1);

const gazette = uncuratedSource(
  'examplegazette-com',
  'examplegazette.com',
  ['examplegazette.com'],
  perennial,
);
const named: Source = { ...gazette, inferred: ['name'] };

describe('the toolbar button for an outlet', () => {
  it('shows a bias position by its short name, in its side colour', () => {
    const times: Source = { ...gazette, name: 'Example Times', ratings: [allSides], position: -1 };
    expect(badgeFace(times)).toEqual({
      text: 'LL',
      color: BADGE_COLORS.left,
      title: 'Parallax: Example Times, Lean Left.',
    });
  });

  it('adds the reliability reading of a biased outlet to its title', () => {
    const times: Source = {
      ...gazette,
      name: 'Example Times',
      ratings: [allSides, perennial],
      position: -1,
    };
    expect(badgeFace(times).title).toBe(
      'Parallax: Example Times, Lean Left. Reliability: high (Wikipedia editors’ consensus, 2021).',
    );
  });

  it('marks an outlet rated for reliability alone, neutrally, and says so in words', () => {
    const face = badgeFace(gazette);
    expect(face.text).toBe(RELIABILITY_ONLY_MARK);
    // Never a letter: every letter on the button is a side of the scale.
    expect(face.text).not.toMatch(/[A-Za-z]/);
    expect(face.color).toBe(BADGE_COLORS.center);
    expect(face.title).toBe(
      'Parallax: examplegazette.com. Reliability: high (Wikipedia editors’ consensus, 2021); no bias rating.',
    );
  });

  it('words an idiap score by its band and the paper’s year', () => {
    const face = badgeFace({ ...gazette, ratings: [idiap] });
    expect(face.text).toBe(RELIABILITY_ONLY_MARK);
    expect(face.title).toBe(
      'Parallax: examplegazette.com. Reliability: low (Idiap reliability estimate, 2024); no bias rating.',
    );
  });

  it('names the outlet as the page does when the index only derived its name from a domain', () => {
    expect(badgeFace(named, 'The Example Gazette').title).toMatch(
      /^Parallax: The Example Gazette\./,
    );
    // A name a rater or curator gave is kept.
    expect(badgeFace(gazette, 'The Example Gazette').title).toMatch(
      /^Parallax: examplegazette\.com\./,
    );
  });

  it('shows no mark for a known outlet no rater rates, and says it is not rated yet', () => {
    const unrated: Source = {
      ...gazette,
      ratings: [{ ...allSides, position: null, label: 'Mixed' }],
    };
    expect(badgeFace(unrated)).toEqual({
      text: '',
      color: BADGE_COLORS.center,
      title: 'Parallax: examplegazette.com. Not rated yet.',
    });
  });
});
