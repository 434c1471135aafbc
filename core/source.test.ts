import { describe, expect, it } from 'vitest';
import { combinedPosition, type Rating } from './source';

const rating = (position: number | null, rater = 'R'): Rating => ({
  rater,
  entry: null,
  label: String(position),
  position,
  reliability: null,
  ratedOn: null,
  url: null,
  attribution: 'test',
});

describe('combinedPosition', () => {
  it('is null when no rater gives a position', () => {
    expect(combinedPosition([])).toEqual({ position: null, ratersDisagree: false });
    expect(combinedPosition([rating(null)])).toEqual({ position: null, ratersDisagree: false });
  });

  it('takes the median of three raters', () => {
    expect(combinedPosition([rating(-2), rating(-1), rating(1)])).toEqual({
      position: -1,
      ratersDisagree: true,
    });
  });

  it('takes the middle position nearer to Center for an even number of raters', () => {
    expect(combinedPosition([rating(2), rating(1)]).position).toBe(1);
    expect(combinedPosition([rating(-3), rating(-1)]).position).toBe(-1);
  });

  it('flags raters two or more steps apart, not one', () => {
    expect(combinedPosition([rating(0), rating(1)]).ratersDisagree).toBe(false);
    expect(combinedPosition([rating(0), rating(2)]).ratersDisagree).toBe(true);
  });
});
