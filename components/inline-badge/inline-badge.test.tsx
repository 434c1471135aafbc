// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rating, Source } from '../../core/source';
import { tabState } from '../../tests/fixtures/extension/fixtures';
import { chipRating, InlineBadge } from './inline-badge';

afterEach(cleanup);

const idiap: Rating = {
  rater: 'Idiap news-source reliability',
  entry: 'examplegazette.com',
  label: '0.31',
  position: null,
  reliability: 'Mixed reliability',
  score: 0.31,
  ratedOn: null,
  url: null,
  attribution:
    'Reliability scores by the Idiap Research Institute (NAACL 2024), licensed Apache-2.0.',
};
const gazette: Source = {
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

const noop = () => undefined;
function renderBadge(state: ReturnType<typeof tabState>) {
  render(
    <InlineBadge
      state={state}
      site="example.com"
      onOpenStory={noop}
      onDismiss={noop}
      onTurnOffForSite={noop}
    />,
  );
}

describe('the inline badge chip', () => {
  it('says an opinion piece is one on the chip, and nothing of a news article', () => {
    const detected = tabState().detected;
    if (!detected) throw new Error('fixture has a detected article');
    renderBadge(tabState({ detected: { ...detected, type: 'opinion' } }));
    expect(screen.getByTestId('badge-chip').textContent).toContain('Reuters, Opinion is Center');
    cleanup();
    renderBadge(tabState({ detected: { ...detected, type: 'news' } }));
    expect(screen.getByTestId('badge-chip').textContent).not.toContain('Opinion');
  });

  it('shows the bias of an outlet a bias rater covers', () => {
    renderBadge(tabState());
    expect(screen.getByTestId('badge-rating').textContent).toBe('Center');
  });

  it('shows the reliability of an outlet only a reliability rater covers, never "Not rated"', () => {
    const state = tabState({ source: gazette, story: null, phase: 'ready' });
    expect(chipRating(state)).toEqual({ text: 'Mixed reliability', band: 'mixed' });
    const high = { ...idiap, score: 0.9, label: '0.90' };
    expect(chipRating({ ...state, source: { ...gazette, ratings: [high] } }).text).toBe('Reliable');
    renderBadge(state);
    expect(screen.getByTestId('badge-rating').textContent).toBe('Mixed reliability');
    const dot = screen.getByTestId('badge-chip').querySelector('.chip__dot') as HTMLElement;
    expect(dot.getAttribute('style')).toContain('--reliability-mixed');
  });

  it('says "Not rated" only when no rater covers the outlet', () => {
    const state = tabState({ source: { ...gazette, ratings: [] }, story: null, phase: 'ready' });
    expect(chipRating(state).text).toBe('Not rated');
  });

  it('names the portal: "Reuters via MSN"', () => {
    renderBadge(tabState({ via: { host: 'www.msn.com', name: 'MSN' } }));
    expect(screen.getByTestId('badge-outlet').textContent).toBe('Reuters via MSN');
  });
});
