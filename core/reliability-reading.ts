import { licenceIn } from './known-raters';
import { IDIAP_RATER, type ReliabilityBand, reliabilityBand } from './reliability-band';
import type { Rating, Source } from './source';

/**
 * One rater's reliability verdict on an outlet, in the words the popup and badge show:
 * "Idiap reliability estimate, 2024 — high", with the rater's own label, its licence and its
 * page kept for the details.
 */
export interface ReliabilityReading {
  /** The rater as the index names it ("Idiap news-source reliability"). */
  rater: string;
  /** What the rater is, in a reader's words ("Idiap reliability estimate"). */
  raterWords: string;
  /** The band (core/reliability-band.ts); null when the rater's words fit none. */
  band: ReliabilityBand | null;
  /** "high", "mixed", "low", or the rater's own words when they fit no band. */
  verdict: string;
  /** The rater's own label: idiap's score ("0.93"), Wikipedia's status ("Generally reliable"). */
  raterLabel: string;
  /** The year the rating was made or published, when known. */
  year: string | null;
  licence: string | null;
  url: string | null;
  /** The whole reading in one line: "Idiap reliability estimate, 2024 — high". */
  line: string;
}

/** How each rater Parallax imports is called in plain words; any other keeps its own name. */
const RATER_WORDS: Readonly<Record<string, string>> = {
  [IDIAP_RATER]: 'Idiap reliability estimate',
  'Wikipedia perennial sources': 'Wikipedia editors’ consensus',
};

/**
 * The year of the rating: its own date, else the year its attribution cites (idiap's file has
 * no date; its attribution cites the NAACL 2024 paper the scores come from).
 */
function yearOf(rating: Rating): string | null {
  if (rating.ratedOn) return rating.ratedOn.slice(0, 4);
  return /\b((?:19|20)\d{2})\b/.exec(rating.attribution)?.[1] ?? null;
}

export function reliabilityReading(rating: Rating): ReliabilityReading | null {
  if (rating.reliability === null && typeof rating.score !== 'number') return null;
  const band = reliabilityBand(rating);
  if (band === null && rating.reliability === null) return null;
  const raterWords = RATER_WORDS[rating.rater] ?? rating.rater;
  const year = yearOf(rating);
  const verdict = band ?? (rating.reliability as string);
  return {
    rater: rating.rater,
    raterWords,
    band,
    verdict,
    raterLabel: rating.label,
    year,
    licence: licenceIn(rating.attribution),
    url: rating.url,
    line: `${raterWords}${year ? `, ${year}` : ''} — ${verdict}`,
  };
}

/**
 * Every reliability reading of an outlet, people's consensus before a computed estimate (the
 * first is the one the badge's chip shows).
 */
export function reliabilityReadings(source: Pick<Source, 'ratings'>): ReliabilityReading[] {
  const readings = source.ratings
    .map(reliabilityReading)
    .filter((reading): reading is ReliabilityReading => reading !== null);
  return readings.sort((a, b) => Number(a.rater === IDIAP_RATER) - Number(b.rater === IDIAP_RATER));
}

/**
 * Rated means some rater says something about the outlet: a bias position or a reliability
 * reading. An outlet with reliability alone is rated, never "not rated".
 */
export function isRated(source: Pick<Source, 'ratings' | 'position'>): boolean {
  return source.position !== null || reliabilityReadings(source).length > 0;
}
