import type { Source } from '../source';
import type { ChipSource } from './chip-messages';

/** The few fields of an outlet a chip and its card show (core/link-chips/chip-messages.ts). */
export function chipSourceOf(source: Source): ChipSource {
  const rated = source.ratings.filter((rating) => rating.position !== null);
  const reliable = source.ratings.find((rating) => rating.reliability !== null);
  return {
    id: source.id,
    name: source.name,
    position: source.position,
    ratersDisagree: source.ratersDisagree,
    raters: [...new Set(rated.map((rating) => rating.rater))],
    reliability:
      reliable?.reliability != null ? { label: reliable.reliability, rater: reliable.rater } : null,
  };
}

/**
 * One short word for a rater's reliability label, for the chip (the card gives the label in
 * full): raters word it differently ("Generally reliable", "High", "Mixed", "Deprecated").
 * Null when the label says none of these plainly. "Unreliable" is read before "reliable".
 */
export function reliabilityWord(label: string): 'High' | 'Mixed' | 'Low' | null {
  const text = label.toLowerCase();
  if (/unreliable|deprecated|blacklist|\blow\b|very low|questionable/.test(text)) return 'Low';
  if (/mixed|no consensus/.test(text)) return 'Mixed';
  if (/\bhigh\b|reliable/.test(text)) return 'High';
  return null;
}
