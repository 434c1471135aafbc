/**
 * The text that near-duplicate detection compares: the lede (first words of the text), not the
 * headline. Outlets that run wire copy rewrite the headline and keep the text; different
 * outlets' own reports of one event share a headline's words far more than a lede's phrasing.
 */
export const LEDE_WORDS = 60;
/** Word 3-grams: one changed word breaks three shingles, shared topic words alone break none. */
export const SHINGLE_WORDS = 3;
/** Below this many lede words (a headline-only feed item) there is too little to compare. */
export const MIN_LEDE_WORDS = 15;

const WORD = /[\p{L}\p{N}]+/gu;
const APOSTROPHES = /['’‘`]/g;
/**
 * A leading dateline: an upper-case place ("WASHINGTON", "TUSCALOOSA, Ala.", "LONDON, Oct 18")
 * or a capitalised one before an agency code ("Paris (AFP)"), then a dash. Copies often drop it.
 */
const DATELINE =
  /^\s*(?:[A-Z][A-Z.' ]{2,40}(?:,\s?[A-Za-z0-9.' ]{1,20})?(?:\s\([A-Za-z]{2,8}\))?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s\([A-Za-z]{2,8}\))\s*[—–-]{1,2}\s+/;

/** The lede's words, lower-cased, apostrophes dropped ("company’s" = "company's"), at most `limit`. */
export function ledeWords(text: string, limit = LEDE_WORDS): string[] {
  const lede = text
    .slice(0, limit * 16)
    .replace(DATELINE, '')
    .replace(APOSTROPHES, '');
  const words: string[] = [];
  for (const match of lede.matchAll(WORD)) {
    words.push(match[0].toLowerCase());
    if (words.length >= limit) break;
  }
  return words;
}

/** 32-bit FNV-1a of a word. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Murmur3's finaliser: a 32-bit value mixed so that every input bit moves every output bit. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Hashes of the lede's word 3-grams (order-sensitive); null when the text has fewer than
 * MIN_LEDE_WORDS words, so headline-only items never count as copies of each other.
 */
export function ledeShingles(text: string | null): Uint32Array | null {
  if (!text) return null;
  const words = ledeWords(text);
  if (words.length < MIN_LEDE_WORDS) return null;
  const hashes = words.map(wordHash);
  const shingles = new Uint32Array(hashes.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < shingles.length; i += 1) {
    let h = hashes[i] as number;
    for (let j = 1; j < SHINGLE_WORDS; j += 1)
      h = Math.imul(h, 0x9e3779b1) ^ (hashes[i + j] as number);
    shingles[i] = mix32(h);
  }
  return shingles;
}
