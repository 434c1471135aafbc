import { describe, expect, it } from 'vitest';
import { bucketOf, coverageOf, sharePercent } from './coverage';

describe('coverageOf', () => {
  it('counts distinct outlets into five buckets plus unrated, and the three-way view', () => {
    const coverage = coverageOf(
      new Map([
        ['cnn', -1],
        ['msnbc', -2],
        ['reuters', 0],
        ['fox-news', 2],
        ['washington-examiner', 1],
        ['some-blog', null],
      ]),
    );
    expect(coverage.buckets).toEqual({
      left: 1,
      leanLeft: 1,
      center: 1,
      leanRight: 1,
      right: 1,
      unrated: 1,
    });
    expect(coverage.threeWay).toEqual({ left: 2, center: 1, right: 2, unrated: 1 });
    expect(coverage.totalOutlets).toBe(6);
    expect(sharePercent(coverage, 'left')).toBe(40);
  });

  it('puts the extremes in the outer buckets', () => {
    expect(bucketOf(-3)).toBe('left');
    expect(bucketOf(3)).toBe('right');
    expect(bucketOf(null)).toBe('unrated');
  });

  it('reports 0% rather than NaN when nothing is rated', () => {
    expect(sharePercent(coverageOf(new Map([['x', null]])), 'center')).toBe(0);
  });
});
