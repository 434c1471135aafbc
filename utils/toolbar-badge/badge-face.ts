import { biasName, biasShortName } from '../../core/bias';
import { sideOf } from '../../core/coverage';
import { type ReliabilityReading, reliabilityReadings } from '../../core/reliability-reading';
import type { Source } from '../../core/source';
import { BADGE_COLORS } from './badge-colors';

/**
 * The mark an outlet with a reliability reading and no bias position wears: a neutral dot,
 * never a letter, since every letter on this button (L, C, R, …) is a side of the scale.
 */
export const RELIABILITY_ONLY_MARK = '•';

/** What the toolbar button shows for one tab's outlet: its text, colour and hover title. */
export interface BadgeFace {
  /** At most a few characters; empty for an outlet no rater rates. */
  text: string;
  color: string;
  /** The whole verdict in words, for the pointer's tooltip and screen readers. */
  title: string;
}

/** "high (Wikipedia editors’ consensus, 2021)": the verdict, then who gave it and when. */
function readingWords(reading: ReliabilityReading): string {
  return `${reading.verdict} (${reading.raterWords}${reading.year ? `, ${reading.year}` : ''})`;
}

/**
 * The face of the toolbar button for an outlet, worded as the popup's source card and the
 * inline chip word it (core/reliability-reading.ts): a bias position shows its short name in
 * its side's colour; an outlet only a reliability rater covers is rated too, and shows the
 * neutral mark with its reliability in the title, so that it never looks like an unknown site.
 * `siteName` is the page's own name, preferred (as in the source card's displayName) over a
 * name the index derived from a domain.
 */
export function badgeFace(source: Source, siteName?: string | null): BadgeFace {
  const name = source.inferred?.includes('name') && siteName ? siteName : source.name;
  const [reading] = reliabilityReadings(source);
  if (source.position !== null) {
    const side = sideOf(source.position);
    const reliability = reading ? ` Reliability: ${readingWords(reading)}.` : '';
    return {
      text: biasShortName(source.position),
      color: side === 'unrated' ? BADGE_COLORS.center : BADGE_COLORS[side],
      title: `Parallax: ${name}, ${biasName(source.position)}.${reliability}`,
    };
  }
  if (reading) {
    return {
      text: RELIABILITY_ONLY_MARK,
      color: BADGE_COLORS.center,
      title: `Parallax: ${name}. Reliability: ${readingWords(reading)}; no bias rating.`,
    };
  }
  return { text: '', color: BADGE_COLORS.center, title: `Parallax: ${name}. Not rated yet.` };
}
