import { stemmer } from 'stemmer';

/**
 * Text → weighted terms for story clustering, per language. English is the one language with a
 * tokeniser, stopword list and stemmer today; any other language gets a plain tokeniser without
 * stemming and is clustered only with articles of the same language (see `detectLanguage`).
 */

export type Language = 'en' | 'und';

// Function words and newsroom boilerplate ("said", "told", weekdays): they say nothing about
// which event an article reports.
const ENGLISH_STOPWORDS = new Set(
  `a about above after again against ago all almost along already also although always am among an
  and another any anyone anything are around as at away back be became because become been before
  being below between both but by can cannot could did do does doing done down during each either
  else enough even ever every few for from further get gets getting got had has have having he her
  here hers herself him himself his how however i if in into is it its itself just last least less
  like likely made make makes many may me might more most much must my myself near need needs new
  no nor not now of off often on once one only or other others our ours ourselves out over own per
  perhaps put rather really said same say saying says see seen several she should since so some
  something still such take than that the their theirs them themselves then there these they thing
  things this those though through thus to told too toward under until up upon us use used very via
  want was way we well were what whatever when where whether which while who whom whose why will
  with within without would yet you your yours yourself yourselves monday tuesday wednesday thursday
  friday saturday sunday week weeks today yesterday tomorrow year years day days time times mr mrs
  ms dr news report reports reported according percent lot lots let lets going know three two four
  five six seven eight nine ten first second`.split(/\s+/),
);

/** Common English words whose share in a text marks it as English. */
const ENGLISH_MARKERS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'is',
  'that',
  'for',
  'on',
  'with',
]);

/** 'en' when the text reads as English, else 'und' (clustered apart, never mixed with English). */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return 'en'; // too short to tell: headlines alone are mostly English here
  let markers = 0;
  for (const word of words.slice(0, 200)) if (ENGLISH_MARKERS.has(word)) markers += 1;
  return markers / Math.min(words.length, 200) >= 0.05 ? 'en' : 'und';
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/**
 * WORD for text whose letters and digits are all ASCII (most English news): the same matches,
 * about twice as fast as the Unicode property classes.
 */
const ASCII_WORD = /[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g;
/**
 * Any character but printable ASCII, tab, newlines, and the punctuation and spaces that are never
 * part of a word: such text takes the Unicode path.
 */
const NOT_ASCII_TEXT = /[^\t\n\r -~‘’“”–—…\u00a0\u2002\u2003\u2009\u200a]/;

export interface Token {
  /** Lower-cased surface form, possessive dropped. */
  word: string;
  /** Starts with a capital letter (and is not the first word of a sentence). */
  capitalised: boolean;
  /** Index of the sentence it is in (0 = first). */
  sentence: number;
}

const SENTENCE_BREAK = /[.!?]["'”’)\]]*\s+|\n+/;
const ABBREVIATION = /^(?:\p{Lu}\.)+\p{Lu}?$/u;
const PART_SEPARATOR = /[-.'’]/;

/** Splits text into word tokens with capitalisation and sentence index. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (word, capitalised, sentence) => tokens.push({ word, capitalised, sentence }));
  return tokens;
}

/**
 * `tokenize` without building the array: calls `visit` for each token in order. The clusterer's
 * hot path reads every token once, so it skips an object per token.
 */
export function forEachToken(
  text: string,
  visit: (word: string, capitalised: boolean, sentence: number) => void,
): void {
  const sentences = text.split(SENTENCE_BREAK);
  const word = NOT_ASCII_TEXT.test(text) ? WORD : ASCII_WORD;
  for (let sentence = 0; sentence < sentences.length; sentence += 1) {
    let sentenceStart = true;
    const chunk = sentences[sentence] as string;
    // exec on the shared global regex rather than matchAll: no iterator per sentence.
    word.lastIndex = 0;
    for (let match = word.exec(chunk); match !== null; match = word.exec(chunk)) {
      let raw = match[0];
      // Abbreviations ("U.S.") are kept whole; hyphenated compounds ("use-of-force") split.
      if (raw.includes('.') && ABBREVIATION.test(raw)) raw = raw.replace(/\./g, '');
      if (raw.endsWith("'s") || raw.endsWith('’s')) raw = raw.slice(0, -2);
      const parts = PART_SEPARATOR.test(raw) ? raw.split(PART_SEPARATOR) : null;
      const count = parts === null ? 1 : parts.length;
      for (let i = 0; i < count; i += 1) {
        const part = parts === null ? raw : (parts[i] as string);
        if (part === '') continue;
        const lower = part.toLowerCase();
        // A sentence's first word is capitalised by grammar, not because it is a name.
        visit(lower, !sentenceStart && part.charCodeAt(0) !== lower.charCodeAt(0), sentence);
        sentenceStart = false;
      }
    }
  }
}

const stems = new Map<string, string>();
const surfaces = new Map<string, string>();

/** A readable word for a term: the first word seen that stems to it ("offic" → "officers"). */
export function surfaceOf(term: string): string {
  return surfaces.get(term) ?? term;
}

/** The index term of a word in a language, or null for stopwords and noise. */
export function termOf(word: string, language: Language): string | null {
  // Stopwords are about half of the tokens: the small set answers them without touching the
  // large stem cache (what computeTerm would say: '' for every stopword).
  if (language === 'en' && ENGLISH_STOPWORDS.has(word)) return null;
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = computeTerm(word, language);
    if (stems.size < 1_000_000) {
      stems.set(word, stem);
      if (stem !== '' && !surfaces.has(stem)) surfaces.set(stem, word);
    }
  }
  return stem === '' ? null : stem;
}

/** Uncached `termOf`; '' for no term. */
function computeTerm(word: string, language: Language): string {
  if (word.length < 2 && !/\d/.test(word)) return '';
  if (/^\d+$/.test(word)) return word.length >= 2 ? word : '';
  if (language !== 'en') return word;
  if (ENGLISH_STOPWORDS.has(word)) return '';
  return stemmer(word);
}

/** True when most words of a title are capitalised ("Trump Slams Kerry Over Iran"). */
export function isTitleCase(title: string): boolean {
  const words = title.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  if (long.length < 3) return false;
  const capitals = long.filter((w) => w.charAt(0) !== w.charAt(0).toLowerCase()).length;
  return capitals / long.length > 0.7;
}
