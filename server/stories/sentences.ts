/**
 * Sentence splitting for extractive summaries. A sentence ends at . ! ? (or an ellipsis),
 * optionally followed by closing quotes or brackets, then whitespace and the start of a new
 * sentence (an opening quote, a capital letter or a digit); a line break always ends one.
 * Not a break: a known abbreviation ("Mr.", "Sen.", "Jan.", "U.S." before a capitalised name),
 * a single initial ("John F. Kennedy"), or a decimal ("3.5").
 */

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sen rep gov lt col gen sgt capt cmdr adm maj pres st jr sr rev hon gop
  jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd dept est approx fig
  ft mt ave blvd univ`.split(/\s+/),
);

/** A candidate break: terminal punctuation, closing marks, whitespace. */
const BREAK = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\s*\n+\s*/)) {
    let start = 0;
    for (const match of paragraph.matchAll(BREAK)) {
      const [, punctuation = '', closing = '', space = ''] = match;
      const end = (match.index as number) + punctuation.length + closing.length;
      if (punctuation === '.' && closing === '' && !endsSentence(paragraph.slice(start, end)))
        continue;
      sentences.push(paragraph.slice(start, end).trim());
      start = end + space.length;
    }
    const rest = paragraph.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences.filter((sentence) => sentence !== '');
}

/** Whether a chunk ending in a bare "." really ends a sentence (not an abbreviation or initial). */
function endsSentence(chunk: string): boolean {
  const last = /(\S+)\.$/.exec(chunk)?.[1] ?? '';
  const word = last.replace(/^["'“‘([]+/, '');
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single initial ("F.") or a dotted abbreviation ("U.S", "D.C"): not an end. A sentence that
  // really ends in "U.S." is then joined to the next one, which is the safer mistake.
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}
