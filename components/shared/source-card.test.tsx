// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rating, Source } from '../../core/source';
import { allSidesRating, perennialGazette } from '../../tests/fixtures/ratings';
import { plainDates, SourceCard } from './source-card';

const allSides = allSidesRating('Example', 'Right', 2);
const perennial: Rating = {
  ...perennialGazette,
  entry: 'Example',
  label: 'Generally unreliable',
  reliability: 'Generally unreliable',
};
const other: Rating = {
  ...allSides,
  rater: 'Example Ratings',
  label: 'Center',
  position: 0,
  attribution: 'Example Ratings, licensed to this operator.',
};

const idiap: Rating = {
  rater: 'Idiap news-source reliability',
  entry: 'examplegazette.com',
  label: '0.93',
  position: null,
  reliability: 'High reliability',
  score: 0.93,
  ratedOn: null,
  url: 'https://github.com/idiap/News-Media-Reliability',
  attribution:
    'Reliability scores by the Idiap Research Institute (Burdisso et al., NAACL 2024), ' +
    'github.com/idiap/News-Media-Reliability, licensed Apache-2.0.',
};
const perennialReliable: Rating = {
  ...perennial,
  label: 'Generally reliable',
  reliability: 'Generally reliable',
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

const reliabilityOnly: Source = {
  id: 'example-gazette',
  name: 'Example Gazette',
  domains: ['examplegazette.com'],
  country: 'GB',
  language: 'en',
  owner: null,
  feeds: [],
  ratings: [idiap],
  position: null,
  ratersDisagree: false,
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
      'Generally unreliable reliability by Wikipedia perennial sources, Mar 2021 · licence CC BY-SA 4.0',
    ]);
    // Reliability beside bias, in plain words.
    expect(getAllByTestId('reliability-reading').map((li) => li.textContent)).toEqual([
      'Wikipedia editors’ consensus, 2021 — low',
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
          ratings: [allSides],
          position: 2,
          ratersDisagree: false,
        }}
      />,
    );
    expect(getByTestId('uncurated')).toBeTruthy();
    expect(queryByTestId('source-owner')).toBeNull();
    expect(queryByTestId('combined-note')).toBeNull();
    expect(queryByTestId('reliability')).toBeNull();
  });

  it('an outlet with reliability but no bias rating is rated: its band, no empty scale', () => {
    const { getByTestId, queryByTestId, getAllByTestId } = render(
      <SourceCard source={{ ...reliabilityOnly, ratings: [idiap, perennialReliable] }} />,
    );
    expect(getByTestId('source-card').getAttribute('data-rated')).toBe('yes');
    expect(getByTestId('bias-label').textContent).toBe('High reliability');
    expect(queryByTestId('bias-scale')).toBeNull();
    // People's consensus first, in the first screen; every reading in the details.
    expect(getByTestId('reliability').textContent).toBe(
      'Wikipedia editors’ consensus, 2021 — high · 1 more rater in details',
    );
    const all = getByTestId('reliability-all').querySelectorAll('li');
    expect([...all].map((li) => li.textContent)).toEqual([
      'Wikipedia editors’ consensus, 2021 — high',
      'Idiap reliability estimate, 2024 — high',
    ]);
    expect(all[1]?.getAttribute('data-band')).toBe('high');
    expect(getByTestId('provenance').textContent).toBe('No bias rating yet · details');
    // The details: the rater's own label (idiap's score), its page and licence.
    const ratings = getAllByTestId('rating').map((li) => li.textContent);
    expect(ratings[0]).toBe(
      '0.93 reliability by Idiap news-source reliability · High reliability · licence Apache-2.0',
    );
  });

  it('a low idiap score reads low, with the word beside the colour', () => {
    const { getByTestId, getAllByTestId } = render(
      <SourceCard
        source={{ ...reliabilityOnly, ratings: [{ ...idiap, score: -0.8, label: '-0.80' }] }}
      />,
    );
    expect(getByTestId('bias-label').textContent).toBe('Low reliability');
    expect(getAllByTestId('reliability-reading')[0]?.textContent).toBe(
      'Idiap reliability estimate, 2024 — low',
    );
  });

  it('an outlet with no rating at all is not rated yet', () => {
    const { getByTestId, queryByTestId } = render(
      <SourceCard source={{ ...reliabilityOnly, ratings: [] }} />,
    );
    expect(getByTestId('bias-label').textContent).toBe('Not rated yet');
    expect(getByTestId('source-card').getAttribute('data-rated')).toBe('no');
    expect(queryByTestId('reliability')).toBeNull();
  });

  it("names the portal an article came through, and prefers the page's name to a domain", () => {
    const { getByTestId } = render(
      <SourceCard
        source={{ ...reliabilityOnly, name: 'examplegazette.com', inferred: ['name'] }}
        siteName="The Example Gazette"
        via={{ host: 'www.msn.com', name: 'MSN' }}
      />,
    );
    expect(getByTestId('source-name').textContent).toBe('The Example Gazette via MSN');
    // A name someone gave the outlet stays, whatever the page calls itself.
    cleanup();
    const named = render(<SourceCard source={reliabilityOnly} siteName="EXAMPLE GAZETTE – Home" />);
    expect(named.getByTestId('source-name').textContent).toBe('Example Gazette');
  });
});
