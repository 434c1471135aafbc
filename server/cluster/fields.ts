import { forEachToken, isTitleCase } from './text';

/**
 * The sub-vectors an article is compared on besides its words (features.ts): the title's own
 * words, named entities, numbers and quoted phrases. Outlets on opposite sides word a story
 * differently ("slams" / "castigates") but name the same people, places and organisations, cite
 * the same figures and quote the same phrases; each field gets its own cosine, and the learned
 * decision (decision.ts) weighs them.
 */
export const FIELDS = ['words', 'title', 'entities', 'numbers', 'quotes'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;
export const WORDS = 0;
export const TITLE = 1;
export const ENTITIES = 2;
export const NUMBERS = 3;
export const QUOTES = 4;

/** How `collectFields` names the terms of the fields other than words. */
export interface FieldKeys<K> {
  /** The stemmed term of a lower-cased word, or null (stopword, noise). */
  stem(word: string): string | null;
  /** A term of a field (not words) from its text. */
  key(field: number, text: string): K;
}

// Titles and roles before a name: "President Joe Biden" is "Joe Biden", short form "Biden".
const HONORIFICS = new Set(
  `president vice former sen senator rep representative gov governor secretary speaker attorney
  general judge justice chief prime minister dr mr mrs ms mayor leader minority majority house
  senate state sheriff officer police gen lt col sgt prince princess king queen pope saint st
  interim acting deputy ambassador chairman chairwoman chair ceo founder`.split(/\s+/),
);
const INSTITUTIONS = new Set(['senate', 'house', 'congress', 'pentagon', 'police']);
// Words a capitalised run never is about: they start sentences or titles ("The", "But").
const NOT_NAMES = new Set(
  `the a an and but or if in on at of for to from by with as after before when while this that
  these those it its he she they we i you his her their our my new how why what who where here
  there not no yes all some more most many much just also than then so monday tuesday wednesday
  thursday friday saturday sunday january february march april may june july august september
  october november december`.split(/\s+/),
);

const NUMBER = /\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|million|billion|trillion|thousand|hundred))?/g;
const QUOTE =
  /[“"]([^”"\n]{3,160})[”"]|‘([^’\n]{3,100})’|(?<![\p{L}\p{N}])'([^'\n]{3,100})'(?![\p{L}\p{N}])/gu;
const QUOTE_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Calls `add(field, term, weight)` for each occurrence of an entity, number or quoted phrase in
 * the title and lede (`lede` already cut to length), and for each title word.
 *
 * Entities: runs of capitalised words inside a sentence (honorifics dropped), as the full name
 * and its last word ("joe biden", "biden"), so that "President Joe Biden" and "Biden" share a
 * term. A capitalised word opening a sentence, or any word of a Title Case headline, is a name
 * only when the article also writes it capitalised mid-sentence.
 */
export function collectFields<K>(
  title: string,
  lede: string | null,
  keys: FieldKeys<K>,
  add: (term: K, weight: number, field: number) => void,
): void {
  const titleCase = isTitleCase(title);
  const names = new Set<string>();
  const titleTokens: Array<{ word: string; capitalised: boolean; sentence: number }> = [];
  forEachToken(title, (word, capitalised, sentence) => {
    titleTokens.push({ word, capitalised, sentence });
    if (capitalised && !titleCase) names.add(word);
  });
  if (lede) {
    // Mid-sentence capitals of the lede name words first (one cheap pass over a short string
    // would cost a second tokenisation: instead names grow as the lede is read).
    entitiesOf(lede, true, names, keys, add, (word, capitalised) => {
      if (capitalised) names.add(word);
    });
  }
  let titleRun: string[] = [];
  let runSentence = -1;
  const flushTitle = () => {
    emitRun(titleRun, keys, add);
    titleRun = [];
  };
  for (const { word, capitalised, sentence } of titleTokens) {
    const term = keys.stem(word);
    if (term !== null) add(keys.key(TITLE, term), 1, TITLE);
    if (sentence !== runSentence) flushTitle();
    runSentence = sentence;
    const isName =
      !NOT_NAMES.has(word) && ((capitalised && !titleCase) || names.has(word)) && word !== '';
    if (isName) titleRun.push(word);
    else flushTitle();
  }
  flushTitle();
  numbersOf(title, keys, add);
  quotesOf(title, keys, add);
  if (lede) {
    numbersOf(lede, keys, add);
    quotesOf(lede, keys, add);
  }
}

function entitiesOf<K>(
  text: string,
  capitalsMeanNames: boolean,
  names: Set<string>,
  keys: FieldKeys<K>,
  add: (term: K, weight: number, field: number) => void,
  seen: (word: string, capitalised: boolean) => void,
): void {
  let run: string[] = [];
  let previous = -1;
  forEachToken(text, (word, capitalised, sentence) => {
    if (sentence !== previous) {
      emitRun(run, keys, add);
      run = [];
    }
    previous = sentence;
    seen(word, capitalised);
    const isName = !NOT_NAMES.has(word) && ((capitalsMeanNames && capitalised) || names.has(word));
    if (isName) run.push(word);
    else if (run.length > 0) {
      emitRun(run, keys, add);
      run = [];
    }
  });
  emitRun(run, keys, add);
}

function emitRun<K>(
  run: string[],
  keys: FieldKeys<K>,
  add: (term: K, weight: number, field: number) => void,
): void {
  let start = 0;
  while (start < run.length && HONORIFICS.has(run[start] as string)) start += 1;
  // A run of roles alone ("Secretary", "State" of "Secretary of State") names no one, except
  // the chambers.
  if (start === run.length && !(run.length === 1 && INSTITUTIONS.has(run[0] as string))) return;
  if (start === run.length) start = 0;
  const last = run[run.length - 1] as string;
  if (last.length < 2) return;
  add(keys.key(ENTITIES, last), 1, ENTITIES);
  if (run.length - start >= 2) add(keys.key(ENTITIES, run.slice(start).join(' ')), 1, ENTITIES);
}

function numbersOf<K>(
  text: string,
  keys: FieldKeys<K>,
  add: (term: K, weight: number, field: number) => void,
): void {
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const value = m[0]
      .replace(/,/g, '')
      .replace(/\s?percent$/, '%')
      .replace(/\s/, ' ');
    add(keys.key(NUMBERS, value.toLowerCase()), 1, NUMBERS);
  }
}

function quotesOf<K>(
  text: string,
  keys: FieldKeys<K>,
  add: (term: K, weight: number, field: number) => void,
): void {
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null; m = QUOTE.exec(text)) {
    const quoted = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    let previous: string | null = null;
    QUOTE_WORD.lastIndex = 0;
    for (let w = QUOTE_WORD.exec(quoted); w !== null; w = QUOTE_WORD.exec(quoted)) {
      const term = keys.stem(w[0]);
      if (term === null) continue;
      add(keys.key(QUOTES, term), 1, QUOTES);
      if (previous !== null) add(keys.key(QUOTES, `${previous} ${term}`), 1, QUOTES);
      previous = term;
    }
  }
}

/** Fields of one article by name (for tests and inspection): term → summed weight. */
export function articleFields(
  title: string,
  lede: string | null,
  stem: (word: string) => string | null,
): Record<Field, Map<string, number>> {
  const out = Object.fromEntries(FIELDS.map((f) => [f, new Map<string, number>()])) as Record<
    Field,
    Map<string, number>
  >;
  collectFields(title, lede, { stem, key: (_field, text) => text }, (term, weight, field) => {
    const map = out[FIELDS[field] as Field];
    map.set(term, (map.get(term) ?? 0) + weight);
  });
  return out;
}
