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

/** Characters read for the lede: 60 words of news prose fit in far fewer. */
const CHARS_PER_WORD = 12;
/**
 * A leading dateline: an upper-case place ("WASHINGTON", "TUSCALOOSA, Ala.", "LONDON, Oct 18")
 * or a capitalised one before an agency code ("Paris (AFP)"), then a dash. Copies often drop it.
 */
const DATELINE =
  /^\s*(?:[A-Z][A-Z.' ]{2,40}(?:,\s?[A-Za-z0-9.' ]{1,20})?(?:\s\([A-Za-z]{2,8}\))?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s\([A-Za-z]{2,8}\))\s*[-‒–—―]{1,2}\s+/;

/** ' ’ ‘ `: dropped inside a word, so "company’s" and "company's" are one word. */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 96;
}

/**
 * A letter or digit of lower-cased text. Hand-written because splitting on /[^\p{L}\p{N}]/u
 * costs several times the rest of the detection: ASCII exactly, and beyond it everything but the
 * punctuation and symbol blocks (dashes, quotes, ×, ÷, CJK and full-width punctuation).
 */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  return !(code >= 0xfe30 && code <= 0xfe4f) && !(code >= 0xff00 && code <= 0xff0f);
}

/** The lower-cased lede without its dateline, and where each of its first `limit` words lies. */
function scanLede(text: string, limit: number): { lede: string; spans: number[] } {
  const lede = text
    .slice(0, limit * CHARS_PER_WORD)
    .replace(DATELINE, '')
    .toLowerCase();
  const spans: number[] = [];
  let start = -1;
  for (let i = 0; i <= lede.length && spans.length < limit * 2; i += 1) {
    const code = i < lede.length ? lede.charCodeAt(i) : 32;
    if (isWordCode(code)) {
      if (start < 0) start = i;
    } else if (start >= 0 && !isApostrophe(code)) {
      spans.push(start, i);
      start = -1;
    }
  }
  return { lede, spans };
}

/** The lede's words, lower-cased, apostrophes dropped ("company’s" = "company's"), at most `limit`. */
export function ledeWords(text: string, limit = LEDE_WORDS): string[] {
  const { lede, spans } = scanLede(text, limit);
  const words: string[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    words.push(lede.slice(spans[i], spans[i + 1]).replace(/['’‘`]/g, ''));
  }
  return words;
}

/** 32-bit FNV-1a of the word at [start, end), apostrophes skipped. */
function wordHash(lede: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) {
    const code = lede.charCodeAt(i);
    if (!isApostrophe(code)) hash = Math.imul(hash ^ code, 0x01000193);
  }
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
  const { lede, spans } = scanLede(text, LEDE_WORDS);
  if (spans.length < MIN_LEDE_WORDS * 2) return null;
  const hashes: number[] = [];
  for (let i = 0; i < spans.length; i += 2)
    hashes.push(wordHash(lede, spans[i] as number, spans[i + 1] as number));
  const shingles = new Uint32Array(hashes.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < shingles.length; i += 1) {
    let h = hashes[i] as number;
    for (let j = 1; j < SHINGLE_WORDS; j += 1)
      h = Math.imul(h, 0x9e3779b1) ^ (hashes[i + j] as number);
    shingles[i] = mix32(h);
  }
  return shingles;
}
