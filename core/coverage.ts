import { z } from 'zod';
import type { BiasPosition } from './bias';

/**
 * Coverage is counted over distinct outlets (not articles) in five buckets plus unrated.
 * Far Left/Left share the "left" bucket and Right/Far Right the "right" one: the extremes
 * are too sparsely rated to stand as buckets of their own.
 */
export const COVERAGE_BUCKETS = [
  'left',
  'leanLeft',
  'center',
  'leanRight',
  'right',
  'unrated',
] as const;
export const CoverageBucket = z.enum(COVERAGE_BUCKETS);
export type CoverageBucket = z.infer<typeof CoverageBucket>;

export const THREE_WAY_SIDES = ['left', 'center', 'right'] as const;
export const Side = z.enum(THREE_WAY_SIDES);
export type Side = z.infer<typeof Side>;

const Count = z.number().int().nonnegative();

export const Coverage = z.object({
  /** Distinct outlets covering the story, rated or not. */
  totalOutlets: Count,
  buckets: z.object({
    left: Count,
    leanLeft: Count,
    center: Count,
    leanRight: Count,
    right: Count,
    unrated: Count,
  }),
  /** The usual left/center/right view: left = left + lean left, right = lean right + right. */
  threeWay: z.object({ left: Count, center: Count, right: Count, unrated: Count }),
});
export type Coverage = z.infer<typeof Coverage>;

export function bucketOf(position: BiasPosition | null): CoverageBucket {
  if (position === null) return 'unrated';
  if (position <= -2) return 'left';
  if (position === -1) return 'leanLeft';
  if (position === 0) return 'center';
  if (position === 1) return 'leanRight';
  return 'right';
}

export function sideOf(position: BiasPosition | null): Side | 'unrated' {
  if (position === null) return 'unrated';
  if (position < 0) return 'left';
  if (position > 0) return 'right';
  return 'center';
}

/**
 * Coverage of a story from its outlets. `outlets` maps each distinct outlet key (source id,
 * or outlet name when the outlet is not in the catalog) to its combined bias position.
 */
export function coverageOf(outlets: ReadonlyMap<string, BiasPosition | null>): Coverage {
  const buckets = { left: 0, leanLeft: 0, center: 0, leanRight: 0, right: 0, unrated: 0 };
  for (const position of outlets.values()) buckets[bucketOf(position)] += 1;
  return {
    totalOutlets: outlets.size,
    buckets,
    threeWay: {
      left: buckets.left + buckets.leanLeft,
      center: buckets.center,
      right: buckets.leanRight + buckets.right,
      unrated: buckets.unrated,
    },
  };
}

/** Percentage of rated outlets on one side, rounded; 0 when nothing is rated. */
export function sharePercent(coverage: Coverage, side: Side): number {
  const rated = coverage.totalOutlets - coverage.threeWay.unrated;
  if (rated === 0) return 0;
  return Math.round((coverage.threeWay[side] / rated) * 100);
}
