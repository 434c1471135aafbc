import { termOf, tokenize } from '../cluster/text';

/**
 * Text utilities shared by the story computations, on top of server/cluster/text.ts (same
 * tokeniser and stopword list, so "what a story is about" means the same everywhere).
 */

/** Stemmed content terms of a text with their counts (stopwords and noise dropped). */
export function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) {
    const term = termOf(token.word, 'en');
    if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** Cosine of two sparse vectors. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [term, weight] of a) {
    na += weight * weight;
    const other = b.get(term);
    if (other !== undefined) dot += weight * other;
  }
  for (const weight of b.values()) nb += weight * weight;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * Surface (unstemmed, lower-cased) unigrams and bigrams of a text for framing: a unigram is a
 * content word that is not a stopword nor a bare number; a bigram is two such words adjacent in
 * the same sentence ("border wall"). Terms are the text's own words, so they can be shown as is.
 */
export function framingTerms(text: string): { unigrams: string[]; bigrams: string[] } {
  const unigrams: string[] = [];
  const bigrams: string[] = [];
  let previous: { word: string; sentence: number } | null = null;
  for (const token of tokenize(text)) {
    const content = termOf(token.word, 'en') !== null && !/^\d+$/.test(token.word);
    if (!content) {
      previous = null;
      continue;
    }
    unigrams.push(token.word);
    if (previous && previous.sentence === token.sentence) {
      bigrams.push(`${previous.word} ${token.word}`);
    }
    previous = { word: token.word, sentence: token.sentence };
  }
  return { unigrams, bigrams };
}

/** Counts unigrams and bigrams of framingTerms into one map (the Monroe et al. vocabulary). */
export function framingCounts(text: string, into = new Map<string, number>()): Map<string, number> {
  const { unigrams, bigrams } = framingTerms(text);
  for (const term of unigrams) into.set(term, (into.get(term) ?? 0) + 1);
  for (const term of bigrams) into.set(term, (into.get(term) ?? 0) + 1);
  return into;
}
