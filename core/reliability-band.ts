import { z } from 'zod';
import type { Rating } from './source';

/**
 * Reliability in plain words, beside bias: three bands every rater's reading is put into, the
 * rater's own label and number kept next to it.
 */
/** The rater whose score the idiap bands read (server/ratings/read-idiap.ts writes it). */
export const IDIAP_RATER = 'Idiap news-source reliability';

export const ReliabilityBand = z.enum(['high', 'mixed', 'low']);
export type ReliabilityBand = z.infer<typeof ReliabilityBand>;

export const RELIABILITY_BAND_WORDS: Readonly<Record<ReliabilityBand, string>> = {
  high: 'High reliability',
  mixed: 'Mixed reliability',
  low: 'Low reliability',
};

/**
 * Idiap scores run from −1 to 1 (the paper's `p+fp-average`); the paper's classifier splits at
 * 0. A score within ±0.5 of that split is called mixed: on the outlets both idiap and
 * Wikipedia's perennial list rate (the real-data suite measures it), the list's "Generally
 * reliable" ones score 0.93–0.99 in their middle half and its unreliable, deprecated and
 * blacklisted ones −0.99 to −0.95, while its "No consensus" ones spread from 0.03 to 0.94:
 * the middle of the scale is where the estimate says least, and ±0.5 keeps the two outer
 * bands to scores well clear of it. Symmetric, so neither side is favoured.
 */
export const IDIAP_BAND_EDGES = { high: 0.5, low: -0.5 } as const;

export function idiapBand(score: number): ReliabilityBand {
  if (score >= IDIAP_BAND_EDGES.high) return 'high';
  if (score <= IDIAP_BAND_EDGES.low) return 'low';
  return 'mixed';
}

/** Wikipedia perennial statuses by band; a row with several statuses takes the lowest. */
const PERENNIAL_BANDS: Readonly<Record<string, ReliabilityBand>> = {
  'Generally reliable': 'high',
  'No consensus': 'mixed',
  'Generally unreliable': 'low',
  Deprecated: 'low',
  Blacklisted: 'low',
};

const ORDER: readonly ReliabilityBand[] = ['low', 'mixed', 'high'];

/** A perennial label ("Generally reliable", or several joined by " / "); null if unknown. */
export function perennialBand(label: string): ReliabilityBand | null {
  const bands = label.split(' / ').map((status) => PERENNIAL_BANDS[status.trim()]);
  if (bands.length === 0 || bands.some((band) => band === undefined)) return null;
  return ORDER.find((band) => bands.includes(band)) ?? null;
}

/**
 * The band of a rating: from idiap's score, from a perennial-list status (other raters may use
 * the same words), else null (bias-only raters such as AllSides; scores on other scales).
 */
export function reliabilityBand(
  rating: Pick<Rating, 'rater' | 'label' | 'reliability' | 'score'>,
): ReliabilityBand | null {
  if (rating.rater === IDIAP_RATER && typeof rating.score === 'number') {
    return idiapBand(rating.score);
  }
  if (rating.reliability === null) return null;
  return perennialBand(rating.reliability);
}
