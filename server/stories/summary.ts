import type { Side } from '../../core/coverage';
import { splitSentences } from './sentences';
import { cosine, stemCounts } from './terms';

/** One article's contribution to a summary. */
export interface SummaryArticle {
  id: string;
  /** Distinct-outlet key (same outlet = same key); articles without one count as their own. */
  outlet: string | null;
  side: Side | 'unrated';
  publishedAt: string | null;
  text: string | null;
}

export const SUMMARY_MIN_SENTENCES = 3;
/** Fewer distinct points than SUMMARY_MIN_SENTENCES: an overview still, down to this many. */
export const SUMMARY_MIN_DISTINCT = 2;
export const SUMMARY_MAX_SENTENCES = 5;
/** Two sentences this similar (TF-IDF cosine) say the same thing: only the better one is kept. */
/**
 * Near-duplicates (saySameThing): two sentences say the same thing when the cosine of their
 * stemmed content words is at least this, on TF-IDF weights or on plain counts. Chosen on the
 * 505 real roundups (../shared/data/stories/neus-roundups.jsonl; README.md): pairs of bullets at
 * 0.30–0.50 were mostly one fact told twice ("Democrat Melanie Stansbury claimed a resounding
 * victory…" / "…won election to Congress for New Mexico on Tuesday"), pairs below 0.30 mostly
 * two facts. It was 0.5, which let 4 in 5 roundup overviews repeat a point.
 */
export const SUMMARY_DUPLICATE_COSINE = 0.3;
/**
 * ...or when at least this share of the shorter sentence's content words (and at least
 * SUMMARY_DUPLICATE_MIN_SHARED of them) are in the other: a short restatement inside a long lede
 * ("The 15.1 million wasted doses might even be an undercount…"), which cosine underrates.
 */
export const SUMMARY_DUPLICATE_SHARED = 0.8;
export const SUMMARY_DUPLICATE_MIN_SHARED = 3;
export const SUMMARY_MIN_RELATIVE_SCORE = 0.4;
/** Bounds on the work per story: one article per outlet (its earliest), the first sentences. */
export const SUMMARY_MAX_OUTLETS = 30;
/** A sentence from a side (left / center / right / unrated) not quoted yet is favoured this much. */
export const SUMMARY_NEW_SIDE_BONUS = 1.15;
export const SUMMARY_MAX_SENTENCES_PER_ARTICLE = 8;

interface Candidate {
  text: string;
  outlet: string;
  side: Side | 'unrated';
  articleOrder: number;
  position: number;
  /** Stemmed content-word counts, as written. */
  words: Map<string, number>;
  /** The same, TF-IDF weighted over the story's sentences (for centrality). */
  vector: Map<string, number>;
  score: number;
}

/**
 * Whether a sentence is fit to quote as is: a complete sentence (starts with a capital, digit or
 * opening quote; ends with . ! ? possibly inside closing quotes; not cut off with "..."), 40–400
 * characters and at least 6 words, no URL, no newsletter or photo-credit boilerplate.
 */
export function quotable(sentence: string): boolean {
  if (sentence.length < 40 || sentence.length > 400) return false;
  if (sentence.split(/\s+/).length < 6) return false;
  if (!/^["“‘(]?[\p{Lu}\p{N}]/u.test(sentence)) return false;
  if (!/[.!?]["'”’)]?$/u.test(sentence)) return false;
  if (/(?:\.\.\.|…)["'”’)]?$/u.test(sentence)) return false;
  if (/https?:|www\.|@\w/.test(sentence)) return false;
  if (
    /^(?:click|sign up|subscribe|read more|advertisement|follow us|photo|image|copyright)\b/i.test(
      sentence,
    )
  )
    return false;
  return true;
}

/**
 * An extractive "Overview": 3–5 distinct points, each a sentence copied verbatim from an
 * article's text; 2 when the story has only two distinct points; null when it has fewer.
 *
 * Scoring: sentences become TF-IDF vectors (stemmed content words; IDF over the story's quotable
 * sentences). A sentence's centrality is the mean, over the *other* outlets, of its best cosine
 * with that outlet's sentences — what several outlets report scores high, one outlet's aside
 * scores low (with a single outlet: cosine with the centroid of all sentences). Ledes get +10 %.
 *
 * Selection is greedy, best score first, under three rules:
 * - **Distinct**: no two bullets say the same thing (saySameThing: cosine ≥ 0.3 on TF-IDF or
 *   plain counts, or ≥ 80 % of the shorter one's content words in the other). Once a sentence is
 *   chosen, every sentence that repeats it is out — four outlets' ledes reporting one event give
 *   one bullet, not four.
 * - **Outlets first**: while an outlet not quoted yet still has a distinct sentence, the next
 *   bullet is one of those; a side (left / center / right / unrated) not quoted yet is favoured
 *   ×1.15.
 * - **3–5**: at most 5; beyond 3, only while the score is ≥ 40 % of the first one.
 * Order: the first three chosen, then the others, each part in reading order (ledes first, then
 * by article date, then position): the preview's three bullets are then three outlets' points.
 *
 * Work is bounded: the earliest article with text of each outlet (at most 30 outlets), its
 * first 8 sentences.
 *
 * Too little distinct text: when fewer than 3 distinct quotable sentences exist (on the real
 * roundups: three short ledes and a sentence or two each, all telling the one event), the
 * overview is what there is if that is 2 bullets, and null below (a single bullet would just
 * repeat the headline).
 */
export function summarize(articles: readonly SummaryArticle[]): string[] | null {
  const outlets = new Set<string>();
  const ordered = [...articles].sort(byDate).filter((article) => {
    if (!article.text) return false;
    const outlet = article.outlet ?? `article:${article.id}`;
    if (outlets.has(outlet) || outlets.size >= SUMMARY_MAX_OUTLETS) return false;
    outlets.add(outlet);
    return true;
  });
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  ordered.forEach((article, articleOrder) => {
    if (!article.text) return;
    let position = 0;
    const sentences = splitSentences(article.text).slice(0, SUMMARY_MAX_SENTENCES_PER_ARTICLE);
    for (const sentence of sentences) {
      const current = position;
      position += 1;
      if (!quotable(sentence)) continue;
      const key = sentence.toLowerCase().replace(/\W+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      const words = stemCounts(sentence);
      candidates.push({
        text: sentence,
        outlet: article.outlet ?? `article:${article.id}`,
        side: article.side,
        articleOrder,
        position: current,
        words,
        // A copy: weightTfIdf rewrites it in place.
        vector: new Map(words),
        score: 0,
      });
    }
  });
  if (candidates.length < SUMMARY_MIN_DISTINCT) return null;

  weightTfIdf(candidates);
  scoreCentrality(candidates);

  const chosen: Candidate[] = [];
  const remaining = new Set(candidates);
  let firstScore = 0;
  while (chosen.length < SUMMARY_MAX_SENTENCES) {
    // Outlets not quoted yet go first: the next bullet comes from one of them while any of their
    // sentences is still distinct from the chosen ones; only then may an outlet be quoted twice.
    const fresh = [...remaining].filter((c) => !chosen.some((o) => o.outlet === c.outlet));
    const pool = fresh.length > 0 ? fresh : [...remaining];
    let best: Candidate | null = null;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const candidate of pool) {
      let value = candidate.score;
      if (!chosen.some((c) => c.side === candidate.side)) value *= SUMMARY_NEW_SIDE_BONUS;
      if (value > bestValue) {
        best = candidate;
        bestValue = value;
      }
    }
    if (!best) break;
    if (chosen.length === 0) firstScore = best.score;
    else if (
      chosen.length >= SUMMARY_MIN_SENTENCES &&
      best.score < SUMMARY_MIN_RELATIVE_SCORE * firstScore
    )
      break;
    chosen.push(best);
    remaining.delete(best);
    // Whatever says the same thing as the new bullet can never be one.
    for (const candidate of remaining)
      if (saySameThing(candidate, best)) remaining.delete(candidate);
  }
  if (chosen.length < SUMMARY_MIN_DISTINCT) return null;
  // The first three chosen lead (the preview shows the first three: core/story.ts
  // PREVIEW_OVERVIEW_SENTENCES), so that they are the outlets' distinct points, not one outlet's
  // lede and its next sentence; each part in reading order.
  const head = chosen.slice(0, SUMMARY_MIN_SENTENCES).sort(readingOrder);
  const rest = chosen.slice(SUMMARY_MIN_SENTENCES).sort(readingOrder);
  return [...head, ...rest].map((c) => c.text);
}

/**
 * The near-duplicate rule (SUMMARY_DUPLICATE_*): cosine ≥ 0.3 on the TF-IDF vectors or on the
 * plain word counts, or ≥ 80 % of the shorter sentence's content words (≥ 3) in the other. The
 * plain counts catch paraphrases built from the story's common words ("needs ratification by the
 * Senate and approval by Canada's parliament" / "once ratified by the Senate and approved by
 * Canada's parliament"), which IDF weighs down because every outlet uses them.
 */
function saySameThing(a: Candidate, b: Candidate): boolean {
  return cosine(a.vector, b.vector) >= SUMMARY_DUPLICATE_COSINE || sameWords(a.words, b.words);
}

/** The rule on plain word counts alone (no story to weigh terms by): for checks of an overview. */
export function nearDuplicateSentences(a: string, b: string): boolean {
  return sameWords(stemCounts(a), stemCounts(b));
}

function sameWords(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (cosine(a, b) >= SUMMARY_DUPLICATE_COSINE) return true;
  let shared = 0;
  for (const term of a.keys()) if (b.has(term)) shared += 1;
  return (
    shared >= SUMMARY_DUPLICATE_MIN_SHARED &&
    shared >= SUMMARY_DUPLICATE_SHARED * Math.min(a.size, b.size)
  );
}

/** Ledes first, then by article date, then position in the article. */
function readingOrder(a: Candidate, b: Candidate): number {
  return (
    Number(a.position > 0) - Number(b.position > 0) ||
    a.articleOrder - b.articleOrder ||
    a.position - b.position
  );
}

function byDate(a: SummaryArticle, b: SummaryArticle): number {
  const ta = a.publishedAt ? Date.parse(a.publishedAt) : Number.POSITIVE_INFINITY;
  const tb = b.publishedAt ? Date.parse(b.publishedAt) : Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function weightTfIdf(candidates: Candidate[]): void {
  const df = new Map<string, number>();
  for (const c of candidates)
    for (const term of c.vector.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = candidates.length;
  for (const c of candidates) {
    for (const [term, count] of c.vector) {
      c.vector.set(term, (1 + Math.log(count)) * Math.log(1 + n / (df.get(term) as number)));
    }
  }
}

function scoreCentrality(candidates: Candidate[]): void {
  const byOutlet = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byOutlet.get(c.outlet);
    if (list) list.push(c);
    else byOutlet.set(c.outlet, [c]);
  }
  const centroid = new Map<string, number>();
  for (const c of candidates) {
    for (const [term, weight] of c.vector) centroid.set(term, (centroid.get(term) ?? 0) + weight);
  }
  for (const c of candidates) {
    let centrality: number;
    if (byOutlet.size === 1) {
      centrality = cosine(c.vector, centroid);
    } else {
      let sum = 0;
      for (const [outlet, others] of byOutlet) {
        if (outlet === c.outlet) continue;
        let best = 0;
        for (const other of others) best = Math.max(best, cosine(c.vector, other.vector));
        sum += best;
      }
      centrality = sum / (byOutlet.size - 1);
    }
    c.score = centrality * (c.position === 0 ? 1.1 : 1);
  }
}
