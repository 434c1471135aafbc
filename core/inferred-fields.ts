import { countryFromDomain } from './cctld-country';
import type { InferredField, Source } from './source';

/**
 * An uncurated source with what its domain says filled in and marked (Source.inferred): its
 * name is its domain when the rater gave none (idiap rates bare domains), and its country and
 * language come from the ccTLD when nobody gave them. Curated sources are returned as they
 * are: a curator's null means "checked, none" (an international outlet), not "unknown".
 */
export function withInferredFields<S extends Source>(source: S): S {
  if (!source.uncurated) return source;
  const inferred = new Set<InferredField>(source.inferred ?? []);
  const host = source.domains[0] ?? '';
  if (source.name === host) inferred.add('name');
  let { country, language } = source;
  if (country === null) {
    const guess = countryFromDomain(host);
    if (guess) {
      country = guess.country;
      inferred.add('country');
      if (language === null && guess.language !== null) {
        language = guess.language;
        inferred.add('language');
      }
    }
  }
  if (inferred.size === 0) return source;
  return { ...source, country, language, inferred: [...inferred].sort() };
}
