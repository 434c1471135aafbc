import { isTitleCase, type Language, type Token, termOf, tokenize } from './text';

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
  const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
  const titleTokens = tokenize(title);
  // In a Title Case headline every word looks like a name: capitals there say nothing.
  const titleCapitals = !isTitleCase(title);
  addTokens(titleTokens, options.titleWeight, titleCapitals, language, options, add);
  if (text) {
    const lede = text.length > options.ledeChars ? text.slice(0, options.ledeChars) : text;
    addTokens(tokenize(lede), 1, true, language, options, add);
  }
  return terms;
}

function addTokens(
  tokens: Token[],
  weight: number,
  capitalsMeanNames: boolean,
  language: Language,
  options: FeatureOptions,
  add: (term: string, weight: number) => void,
): void {
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2 && options.entityWeight > 0) {
      add(PHRASE_PREFIX + run.join(' '), weight * options.entityWeight);
    }
    run = [];
  };
  let previousSentence = -1;
  for (const token of tokens) {
    if (token.sentence !== previousSentence) flush();
    previousSentence = token.sentence;
    const term = termOf(token.word, language);
    const isName = capitalsMeanNames && token.capitalised;
    if (isName && term !== null) run.push(token.word);
    else flush();
    if (term === null) continue;
    const first = term.charCodeAt(0); // a number: starts with an ASCII digit (as /^\d/)
    const boosted = isName || (first >= 48 && first <= 57) ? 1 + options.nameBoost : 1;
    add(term, weight * boosted);
  }
  flush();
}
