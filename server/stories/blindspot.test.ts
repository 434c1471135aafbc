import { describe, expect, it } from 'vitest';
import type { BiasPosition } from '../../core/bias';
import { type Coverage, coverageOf } from '../../core/coverage';
import { blindspotOf } from './blindspot';

/** Coverage with `left`, `center`, `right` rated outlets and `unrated` unrated ones. */
function coverage(left: number, center: number, right: number, unrated = 0): Coverage {
  const outlets = new Map<string, BiasPosition | null>();
  const add = (n: number, position: BiasPosition | null, tag: string) => {
    for (let i = 0; i < n; i += 1) outlets.set(`${tag}${i}`, position);
  };
  add(left, -1, 'l');
  add(center, 0, 'c');
  add(right, 2, 'r');
  add(unrated, null, 'u');
  return coverageOf(outlets);
}

describe('blindspotOf', () => {
  it('needs at least 6 rated outlets', () => {
    expect(blindspotOf(coverage(3, 2, 0))).toBeNull(); // 5 rated, right has none
    expect(blindspotOf(coverage(3, 3, 0))).toBe('right'); // 6 rated
    expect(blindspotOf(coverage(0, 2, 3, 10))).toBeNull(); // unrated outlets do not count
    expect(blindspotOf(coverage(0, 3, 3, 10))).toBe('left');
  });

  it('flags a side with at most 10 % of the rated outlets, not more', () => {
    expect(blindspotOf(coverage(1, 4, 5))).toBe('left'); // exactly 10 %
    expect(blindspotOf(coverage(1, 3, 5))).toBeNull(); // 1 of 9 = 11 %
    expect(blindspotOf(coverage(9, 10, 1))).toBe('right'); // 5 %
    expect(blindspotOf(coverage(2, 10, 8))).toBe('left'); // 2 of 20 = 10 %
    expect(blindspotOf(coverage(3, 10, 8))).toBeNull(); // 3 of 21 = 14 %
  });

  it('names no side when both are thin or both are present, and never center', () => {
    expect(blindspotOf(coverage(0, 8, 0))).toBeNull();
    expect(blindspotOf(coverage(1, 18, 1))).toBeNull();
    expect(blindspotOf(coverage(4, 0, 4))).toBeNull();
  });
});
