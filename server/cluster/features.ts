import { forEachToken, isTitleCase, type Language, termOf } from './text';

/** How an article's text becomes weighted terms. Defaults chosen by measurement (see README). */
export interface FeatureOptions {
  /** Weight of each title occurrence, relative to a body occurrence. */
  titleWeight: number;
  /** Characters of body text used (the lede): later text drifts to background and quotes. */
  ledeChars: number;
  /** Weight of a named-entity-like phrase (2+ capitalised words, e.g. "John Kerry"). */
  entityWeight: number;
  /** Extra weight for a capitalised word or a number (names, places, figures). */
  nameBoost: number;
}

export const DEFAULT_FEATURES: FeatureOptions = {
  titleWeight: 3,
  ledeChars: 1500,
  entityWeight: 1,
  nameBoost: 0.5,
};

/** Phrase terms start with this so that they never collide with word terms. */
export const PHRASE_PREFIX = '"';

/**
 * How `collectTerms` names terms. The clusterer resolves words straight to its integer term ids
 * (one cache lookup per token); `articleTerms` uses the term strings.
 */
export interface TermKeys<K> {
  /** The term of a (lower-cased) word, or null for stopwords and noise. */
  word(word: string): K | null;
  /** The term of an entity phrase (words joined by spaces). */
  phrase(words: string): K;
  /** True for a number (a term starting with an ASCII digit): boosted like a name. */
  numeric(term: K): boolean;
}

const STRING_KEYS: Record<Language, TermKeys<string>> = {
  en: stringKeys('en'),
  und: stringKeys('und'),
};

function stringKeys(language: Language): TermKeys<string> {
  return {
    word: (word) => termOf(word, language),
    phrase: (words) => PHRASE_PREFIX + words,
    numeric: startsWithDigit,
  };
}

/** A number: starts with an ASCII digit (as /^\d/). */
export function startsWithDigit(term: string): boolean {
  const first = term.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * Weighted term counts of one article: title and lede words (stemmed, stopwords dropped), with
 * names and numbers boosted, plus entity phrases. Raw weights: the clusterer applies tf and idf.
 */
export function articleTerms(
  title: string,
  text: string | null,
  language: Language,
  options: FeatureOptions = DEFAULT_FEATURES,
): Map<string, number> {
  const terms = new Map<string, number>();
  collectTerms(title, text, options, STRING_KEYS[language], (term, weight) =>
    terms.set(term, (terms.get(term) ?? 0) + weight),
  );
  return terms;
}

/**
 * Calls `add(term, weight)` for every weighted term occurrence of an article, in text order
 * (summing the weights per term gives `articleTerms`).
 */
export function collectTerms<K>(
  title: string,
  text: string | null,
  options: FeatureOptions,
  keys: TermKeys<K>,
  add: (term: K, weight: number) => void,
): void {
  // In a Title Case headline every word looks like a name: capitals there say nothing.
  addTokens(title, options.titleWeight, !isTitleCase(title), options, keys, add);
  if (text) {
    const lede = text.length > options.ledeChars ? text.slice(0, options.ledeChars) : text;
    addTokens(lede, 1, true, options, keys, add);
  }
}

function addTokens<K>(
  text: string,
  weight: number,
  capitalsMeanNames: boolean,
  options: FeatureOptions,
  keys: TermKeys<K>,
  add: (term: K, weight: number) => void,
): void {
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2 && options.entityWeight > 0) {
      add(keys.phrase(run.join(' ')), weight * options.entityWeight);
    }
    if (run.length > 0) run = [];
  };
  let previousSentence = -1;
  forEachToken(text, (word, capitalised, sentence) => {
    if (sentence !== previousSentence) flush();
    previousSentence = sentence;
    const term = keys.word(word);
    const isName = capitalsMeanNames && capitalised;
    if (isName && term !== null) run.push(word);
    else flush();
    if (term === null) return;
    const boosted = isName || keys.numeric(term) ? 1 + options.nameBoost : 1;
    add(term, weight * boosted);
  });
  flush();
}
