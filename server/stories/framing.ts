import type { Side } from '../../core/coverage';
import { framingCounts } from './terms';

/**
 * Framing: the words and phrases that distinguish how one side's outlets tell a story from how
 * the other side's do, by weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi
 * & Quinn 2008, "Fightin' Words", §3.5).
 *
 * For a term w, counts y_w^i on side i (n^i terms in all) and prior α_w (α_0 = Σ α_w):
 *   δ_w = log((y_w^i + α_w) / (n^i + α_0 − y_w^i − α_w)) − log((y_w^j + α_w) / (n^j + α_0 − y_w^j − α_w))
 *   σ²_w ≈ 1 / (y_w^i + α_w) + 1 / (y_w^j + α_w);   z_w = δ_w / σ_w.
 * The prior is the background distribution (stored articles, with one pseudo-count per term so
 * that every term has mass), scaled to α_0 = min(1000, n^left + n^right):
 * the prior weighs as much as the evidence, so a story's few hundred words are not drowned.
 * Frequent words thus need a large difference to stand out; rare shared words are shrunk.
 */

/** α_0: as much as the two sides' own text (n^left + n^right), at most this. */
export const FRAMING_PRIOR_MASS = 1000;
/** Each of left and right needs at least this many distinct outlets with text... */
export const FRAMING_MIN_OUTLETS_PER_SIDE = 1;
/**
 * ...and at least this many content words (stopwords removed; title + text) for framing.
 * Measured on the real roundups (README.md): with left and right each cut to their first N
 * content words, the share of listed terms still listed from the whole texts is 0.65 at N = 20,
 * 0.79 at 30, 0.85 at 40, 0.92 at 50, and both sides list a term in 67 %, 82 %, 91 %, 97 % of
 * the stories. Below 40 a side's "framing" is mostly which words one short lede happened to
 * repeat; one real article (a median of 55 content words in the roundups) clears it.
 */
export const FRAMING_MIN_TOKENS_PER_SIDE = 40;
/** Terms listed per side, best z first. */
export const FRAMING_TOP_TERMS = 8;
/**
 * A listed term has z ≥ this and is used at least twice by that side. Low on purpose: with about
 * one article per side, a term used twice by one side and never by the other scores z ≈ 0.9.
 */
export const FRAMING_MIN_Z = 0.5;
export const FRAMING_MIN_COUNT = 2;

export interface FramingArticle {
  outlet: string;
  side: Side | 'unrated';
  /** Title and text as one string. */
  text: string;
}

export interface ScoredTerm {
  term: string;
  z: number;
  count: number;
}

export type SideTerms = Record<Side, ScoredTerm[]>;

/** z-scores of side a against side b for every term either uses. */
export function weightedLogOdds(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  prior: (term: string) => number,
  priorMass: number,
): Map<string, number> {
  const na = total(a);
  const nb = total(b);
  const z = new Map<string, number>();
  for (const term of new Set([...a.keys(), ...b.keys()])) {
    const alpha = prior(term);
    const ya = (a.get(term) ?? 0) + alpha;
    const yb = (b.get(term) ?? 0) + alpha;
    const delta = Math.log(ya / (na + priorMass - ya)) - Math.log(yb / (nb + priorMass - yb));
    z.set(term, delta / Math.sqrt(1 / ya + 1 / yb));
  }
  return z;
}

function total(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const count of counts.values()) n += count;
  return n;
}

/** Term counts of all the given texts (unigrams + bigrams): a background for the prior. */
export function backgroundCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) framingCounts(text, counts);
  return counts;
}

/**
 * Top distinguishing terms per side with their z, or null when left or right has too little
 * text (fewer than FRAMING_MIN_OUTLETS_PER_SIDE outlets or FRAMING_MIN_TOKENS_PER_SIDE content
 * words) or when either of them has no distinguishing term at all: "how each side tells it" with
 * one side blank says nothing about the two sides (17 of 505 roundup stories). Left and right are compared with each other; center, when it has enough text itself,
 * with left and right together (else its list is empty). Unrated outlets only feed the prior.
 */
export function framingOf(
  articles: readonly FramingArticle[],
  background: ReadonlyMap<string, number> = new Map(),
): SideTerms | null {
  const sides: Record<Side, { counts: Map<string, number>; outlets: Set<string>; words: number }> =
    {
      left: { counts: new Map(), outlets: new Set(), words: 0 },
      center: { counts: new Map(), outlets: new Set(), words: 0 },
      right: { counts: new Map(), outlets: new Set(), words: 0 },
    };
  const story = new Map<string, number>();
  for (const article of articles) {
    framingCounts(article.text, story);
    if (article.side === 'unrated') continue;
    const side = sides[article.side];
    const before = side.words;
    side.words += countUnigrams(article.text, side.counts);
    if (side.words > before) side.outlets.add(article.outlet);
  }
  const enough = (side: Side) =>
    sides[side].outlets.size >= FRAMING_MIN_OUTLETS_PER_SIDE &&
    sides[side].words >= FRAMING_MIN_TOKENS_PER_SIDE;
  if (!enough('left') || !enough('right')) return null;

  const left = sides.left.counts;
  const right = sides.right.counts;
  const priorMass = Math.min(FRAMING_PRIOR_MASS, total(left) + total(right));
  const prior = priorOf(background, story, priorMass);
  const leftVsRight = weightedLogOdds(left, right, prior, priorMass);
  const result: SideTerms = {
    left: top(leftVsRight, left, 1),
    right: top(leftVsRight, right, -1),
    center: [],
  };
  if (result.left.length === 0 || result.right.length === 0) return null;
  if (enough('center')) {
    const others = new Map(left);
    for (const [term, count] of right) others.set(term, (others.get(term) ?? 0) + count);
    const center = sides.center.counts;
    result.center = top(weightedLogOdds(center, others, prior, priorMass), center, 1);
  }
  return result;
}

/** Adds the text's unigram and bigram counts; returns its number of content words. */
function countUnigrams(text: string, into: Map<string, number>): number {
  const own = framingCounts(text);
  let words = 0;
  for (const [term, count] of own) {
    into.set(term, (into.get(term) ?? 0) + count);
    if (!term.includes(' ')) words += count;
  }
  return words;
}

/**
 * α_w = α_0 × p(w), p from the background counts plus one pseudo-count per term of the
 * vocabulary (background ∪ this story), so that terms unseen in the background still have mass.
 * The story's own counts are not added: in the API the background holds the stored articles,
 * this story's included, and adding them again would shrink exactly its distinctive terms.
 */
function priorOf(
  background: ReadonlyMap<string, number>,
  story: ReadonlyMap<string, number>,
  priorMass: number,
): (term: string) => number {
  const floor = 1;
  let vocabulary = background.size;
  for (const term of story.keys()) if (!background.has(term)) vocabulary += 1;
  const mass = total(background) + floor * vocabulary;
  return (term) => (priorMass * ((background.get(term) ?? 0) + floor)) / mass;
}

/** The side's best terms (sign +1: high z; −1: low z), a unigram dropped when a listed bigram holds it. */
function top(
  z: ReadonlyMap<string, number>,
  own: ReadonlyMap<string, number>,
  sign: 1 | -1,
): ScoredTerm[] {
  const ranked = [...own]
    .filter(([, count]) => count >= FRAMING_MIN_COUNT)
    .map(([term, count]) => ({ term, count, z: sign * (z.get(term) ?? 0) }))
    .filter((t) => t.z >= FRAMING_MIN_Z)
    .sort(
      (a, b) =>
        (Math.abs(b.z - a.z) > 1e-9 ? b.z - a.z : 0) ||
        b.term.split(' ').length - a.term.split(' ').length ||
        (a.term < b.term ? -1 : 1),
    );
  const chosen: ScoredTerm[] = [];
  for (const term of ranked) {
    if (chosen.length >= FRAMING_TOP_TERMS) break;
    const words = term.term.split(' ');
    if (words.length === 1 && chosen.some((c) => c.term.split(' ').includes(term.term))) continue;
    chosen.push(term);
  }
  return chosen;
}
