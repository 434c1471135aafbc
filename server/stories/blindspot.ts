import type { Coverage, Side } from '../../core/coverage';

/** A story needs at least this many rated outlets (3-way view) before a blindspot can be named. */
export const BLINDSPOT_MIN_RATED_OUTLETS = 6;
/** A side whose share of the rated outlets is at most this fraction is the blindspot. */
export const BLINDSPOT_MAX_SHARE = 0.1;

/**
 * The side (left or right, in the 3-way view) that barely covers a well-covered story, or null.
 *
 * Rule: with R = left + center + right rated outlets (unrated ones do not count) and R ≥ 6, the
 * left (or right) side is the blindspot when it has ≤ 10 % of R. When both sides qualify (a story
 * told almost only by center outlets), neither is singled out: null. Center is never a blindspot:
 * the reader's question is whether the left or the right press ignores a story.
 */
export function blindspotOf(coverage: Coverage): Side | null {
  const { left, center, right } = coverage.threeWay;
  const rated = left + center + right;
  if (rated < BLINDSPOT_MIN_RATED_OUTLETS) return null;
  // count / rated ≤ 10 %, compared without division so that exactly 10 % qualifies.
  const thin = (count: number) => count <= rated * BLINDSPOT_MAX_SHARE + 1e-9;
  const leftThin = thin(left);
  const rightThin = thin(right);
  if (leftThin && rightThin) return null;
  if (leftThin) return 'left';
  if (rightThin) return 'right';
  return null;
}
