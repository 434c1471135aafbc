import { readFileSync } from 'node:fs';

/**
 * The learned decision: the probability that an article belongs to a candidate story, by
 * logistic regression over the per-field similarities (fields.ts), the margin over the next
 * candidate and the time gaps to its newest, mean and oldest article (Gaussian kernels, as in Miranda et al.
 * 2018). Trained by train-decision.ts on one half of the dev files' stories; the weights ship in
 * decision-weights.json. The clusterer joins the most probable story when the probability
 * clears the model's threshold, else opens a new story.
 *
 * No feature of the story's size: the dev files' stories have two or three articles each, and
 * a model given the size learns "a story of three is complete" (its undated weight was −16),
 * which no real stream obeys.
 */
export const DECISION_FEATURES = [
  'bias',
  'words',
  'title',
  'entities',
  'numbers',
  'quotes',
  'has entities',
  'has numbers',
  'has quotes',
  'words margin over the next candidate',
  'time newest σ1d',
  'time newest σ4d',
  'time mean σ1d',
  'time mean σ4d',
  'time oldest σ1d',
  'time oldest σ4d',
  'words × time newest σ1d',
  'words × time newest σ4d',
  'words × time mean σ1d',
  'words × time mean σ4d',
  'words × time oldest σ1d',
  'words × time oldest σ4d',
  '√words',
  'words max-link (newest members)',
  'title max-link',
  'entities max-link',
  'words with the newest member',
  'rank margin over the next candidate',
] as const;
export const FEATURE_COUNT = DECISION_FEATURES.length;

/**
 * Index of the rank margin: the candidate's ranking-model logit minus the best other
 * candidate's. Known only once every candidate is ranked, so the join model adds it last
 * (`joinProbabilities`) and the ranking model never weighs it (0 while ranking).
 */
export const RANK_MARGIN = 27;
const MARGIN_CAP = 10;

/**
 * The join model's probability for each candidate, given their ranking logits and their join
 * logits without the rank margin (the margin's weight added here).
 */
export function joinProbabilities(
  model: LogisticModel,
  ranks: readonly number[],
  joins: readonly number[],
): number[] {
  const margins = rankMargins(ranks);
  const w = model.weights[RANK_MARGIN] ?? 0;
  return joins.map((z, i) => 1 / (1 + Math.exp(-(z + w * (margins[i] as number)))));
}

/** Each logit minus the best other (capped; a lone candidate gets the cap). */
export function rankMargins(ranks: readonly number[]): number[] {
  return ranks.map((r, i) => {
    let other = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < ranks.length; j += 1)
      if (j !== i && (ranks[j] as number) > other) other = ranks[j] as number;
    return Math.max(-MARGIN_CAP, Math.min(MARGIN_CAP, r - other));
  });
}

export interface LogisticModel {
  /**
   * Ranks the candidates: one weight per feature, in `DECISION_FEATURES` order (the first is
   * the intercept), fitted on every candidate of every training article.
   */
  rank: number[];
  /**
   * Decides on the best-ranked candidate only (fitted on those: is it the article's story?),
   * which is the hard case the ranking's easy negatives hide (Miranda et al. 2018 likewise rank,
   * then decide).
   */
  weights: number[];
  /** Probability (of `weights`) at or above which an article joins its best candidate. */
  threshold: number;
}

/** One model for dated articles and one for undated ones (no time features, more ambiguity). */
export interface DecisionModel {
  dated: LogisticModel;
  undated: LogisticModel;
}

export interface DecisionWeightsFile extends DecisionModel {
  features: readonly string[];
  /** How the weights were made (command, data halves), for whoever reads the file. */
  trainedWith: string;
}

const DAY = 86_400_000;
const SIGMAS = [1, 4];

/**
 * Writes the six time features at `x[at…]`: for the story's newest, mean and oldest article,
 * exp(−½(Δ/σ)²) with Δ the gap in days, for σ of 1 and 4 days. All 0 when either side has no
 * date.
 */
export function timeFeatures(
  time: number | null,
  newest: number | null,
  mean: number | null,
  oldest: number | null,
  x: number[],
  at: number,
): void {
  let k = at;
  for (const ref of [newest, mean, oldest]) {
    for (const sigma of SIGMAS) {
      if (time === null || ref === null) x[k] = 0;
      else {
        const z = (time - ref) / DAY / sigma;
        x[k] = Math.exp(-0.5 * z * z);
      }
      k += 1;
    }
  }
}

/** Where the six time kernels (`timeFeatures`) and then the six words × kernel inputs start. */
export const TIME_KERNELS = 10;
export const WORDS_TIMES = 16;
export const TIME_KERNEL_COUNT = 6;
/** The words group-average similarity's input. */
const WORDS_INPUT = 1;

/**
 * Rewrites decision inputs `x` in place as if no time separated article and story: each time
 * kernel 1, each words × kernel the words similarity (the merge pass's second look and the
 * spread diagnosis ask what the join model says without its time evidence).
 */
export function atSameMoment(x: number[]): void {
  for (let k = 0; k < TIME_KERNEL_COUNT; k += 1) {
    x[TIME_KERNELS + k] = 1;
    x[WORDS_TIMES + k] = x[WORDS_INPUT] as number;
  }
}

export function logit(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < w.length; i += 1) z += (w[i] as number) * (x[i] as number);
  return z;
}

/**
 * Fits logistic regression by Newton's method (iteratively reweighted least squares) with an
 * L2 penalty `l2` on every weight but the intercept. Deterministic; a few iterations converge
 * on a few dozen features.
 */
export function fitLogistic(
  rows: readonly number[][],
  labels: readonly number[],
  options: { l2?: number; iterations?: number } = {},
): number[] {
  const { l2 = 1, iterations = 25 } = options;
  const d = rows[0]?.length ?? 0;
  let w: number[] = new Array(d).fill(0);
  for (let it = 0; it < iterations; it += 1) {
    const g = new Array(d).fill(0) as number[];
    const h = Array.from({ length: d }, () => new Array(d).fill(0) as number[]);
    for (let n = 0; n < rows.length; n += 1) {
      const x = rows[n] as number[];
      let z = 0;
      for (let i = 0; i < d; i += 1) z += (w[i] as number) * (x[i] as number);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - (labels[n] as number);
      const s = p * (1 - p);
      for (let i = 0; i < d; i += 1) {
        const xi = x[i] as number;
        if (xi === 0) continue;
        g[i] = (g[i] as number) + r * xi;
        const hi = h[i] as number[];
        for (let j = 0; j < d; j += 1) hi[j] = (hi[j] as number) + s * xi * (x[j] as number);
      }
    }
    for (let i = 1; i < d; i += 1) {
      g[i] = (g[i] as number) + l2 * (w[i] as number);
      (h[i] as number[])[i] = ((h[i] as number[])[i] as number) + l2;
    }
    (h[0] as number[])[0] = ((h[0] as number[])[0] as number) + 1e-9;
    const step = solve(h, g);
    w = w.map((wi, i) => wi - (step[i] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number))
        pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const row = m[c] as number[];
    const diag = row[c] as number;
    if (Math.abs(diag) < 1e-12) continue;
    for (let r = c + 1; r < n; r += 1) {
      const other = m[r] as number[];
      const f = (other[c] as number) / diag;
      if (f === 0) continue;
      for (let k = c; k <= n; k += 1) other[k] = (other[k] as number) - f * (row[k] as number);
    }
  }
  const x = new Array(n).fill(0) as number[];
  for (let r = n - 1; r >= 0; r -= 1) {
    const row = m[r] as number[];
    let sum = row[n] as number;
    for (let k = r + 1; k < n; k += 1) sum -= (row[k] as number) * (x[k] as number);
    const diag = row[r] as number;
    x[r] = Math.abs(diag) < 1e-12 ? 0 : sum / diag;
  }
  return x;
}

export const WEIGHTS_FILE = new URL('./decision-weights.json', import.meta.url);

/** The shipped model (decision-weights.json), checked against the features this code computes. */
function loadModel(): DecisionModel {
  const file = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as DecisionWeightsFile;
  // A model trained on the first N features (an older file, before features were appended)
  // decides as it did: the features it never saw weigh 0.
  const known = DECISION_FEATURES.slice(0, file.features.length).join(',');
  if (file.features.join(',') !== known) {
    throw new Error(
      `server/cluster/decision-weights.json was trained on other features (${file.features.join(', ')}); retrain it: npx tsx server/cluster/train-decision.ts`,
    );
  }
  const pad = (m: LogisticModel): LogisticModel => ({
    ...m,
    rank: [...m.rank, ...new Array(FEATURE_COUNT - m.rank.length).fill(0)],
    weights: [...m.weights, ...new Array(FEATURE_COUNT - m.weights.length).fill(0)],
  });
  return { dated: pad(file.dated), undated: pad(file.undated) };
}

let shipped: DecisionModel | null = null;

/**
 * The shipped model, read on first use (so that training, which fits a new one for new features,
 * runs while the file still holds the old).
 */
export function learnedModel(): DecisionModel {
  shipped ??= loadModel();
  return shipped;
}

/** A model of zeros with the current features (training: `observe` needs no weights). */
export function untrainedModel(): DecisionModel {
  const zero = (): LogisticModel => ({
    rank: new Array(FEATURE_COUNT).fill(0),
    weights: new Array(FEATURE_COUNT).fill(0),
    threshold: 0.5,
  });
  return { dated: zero(), undated: zero() };
}
