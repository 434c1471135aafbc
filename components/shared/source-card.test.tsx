// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rating, Source } from '../../core/source';
import { plainDates, SourceCard } from './source-card';

const allSides: Rating = {
  rater: 'AllSides',
  entry: 'Example',
  label: 'Right',
  position: 2,
  reliability: null,
  ratedOn: '2023-11-15',
  url: null,
  attribution: 'Ratings by AllSides.com, licensed CC BY-NC 4.0 (snapshot of 2023-11-15).',
};
const perennial: Rating = {
  rater: 'Wikipedia perennial sources',
  entry: 'Example',
  label: 'Generally unreliable',
  position: null,
  reliability: 'Generally unreliable',
  ratedOn: '2021-03-17',
  url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
  attribution: 'Wikipedia:Reliable sources/Perennial sources, licensed CC BY-SA 4.0.',
};
const other: Rating = {
  ...allSides,
  rater: 'Example Ratings',
  label: 'Center',
  position: 0,
  attribution: 'Example Ratings, licensed to this operator.',
};

const source: Source = {
  id: 'example',
  name: 'Example News',
  domains: ['example.com'],
  country: 'US',
  language: 'en',
  owner: 'Example Media',
  ownership: { parent: 'Example Holdings', asOf: '2025-06-01', reference: 'Wikipedia: Example' },
  unverified: ['owner'],
  feeds: [],
  ratings: [allSides, other, perennial],
  position: 0,
  ratersDisagree: true,
};

describe('SourceCard', () => {
  afterEach(cleanup);

  it('shows the combined position, each rater with label, date and link, and the owner', () => {
    const { getByTestId, getAllByTestId } = render(<SourceCard source={source} />);
    expect(getByTestId('bias-label').textContent).toBe('Center');
    expect(getByTestId('combined-note').textContent).toContain('Combined from 2 raters');
    expect(getByTestId('raters-disagree')).toBeTruthy();
    const ratings = getAllByTestId('rating').map((li) => li.textContent);
    expect(ratings).toEqual([
      'Right by AllSides, Nov 2023',
      'Center by Example Ratings, Nov 2023',
      'Generally unreliable reliability by Wikipedia perennial sources, Mar 2021',
    ]);
    const link = getAllByTestId('rating')[2]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe(perennial.url);
    expect(getByTestId('source-owner').textContent).toBe(
      'Owner: Example Media (part of Example Holdings) (as of Jun 2025, not confirmed by a reference)',
    );
    expect(getAllByTestId('attribution').map((p) => p.textContent)).toEqual(
      [allSides.attribution, other.attribution, perennial.attribution].map(plainDates),
    );
    expect(getAllByTestId('attribution')[0]?.textContent).toBe(
      'Ratings by AllSides.com, licensed CC BY-NC 4.0 (as published Nov 2023).',
    );
    // Compact: the provenance in words, the details closed behind it.
    expect(getByTestId('provenance').textContent).toBe('2 raters · details');
    expect(getByTestId('source-details').hasAttribute('open')).toBe(false);
  });

  it('says when a source is not curated, and shows no owner it does not know', () => {
    const { getByTestId, queryByTestId } = render(
      <SourceCard
        source={{
          ...source,
          owner: null,
          uncurated: true,
          ratings: [perennial],
          position: null,
          ratersDisagree: false,
        }}
      />,
    );
    expect(getByTestId('bias-label').textContent).toBe('Not rated yet');
    expect(queryByTestId('bias-scale')).toBeNull();
    expect(getByTestId('uncurated')).toBeTruthy();
    expect(queryByTestId('source-owner')).toBeNull();
    expect(queryByTestId('combined-note')).toBeNull();
  });
});
