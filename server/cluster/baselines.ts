// Issue 11's two baselines on the dev streams (not shipped behaviour):
// `npx tsx server/cluster/baselines.ts`. Plain TF-IDF (the clusterer's words terms, batch IDF,
// 1 + log tf, unit vectors): a naive online single-link (an article joins the story of its most
// similar earlier article within ±2 days, if cosine ≥ t) and batch average-link (UPGMA; pairs
// more than 4 days apart count as 0) at thresholds 0.10–0.40. The threshold each uses elsewhere
// is the one best on the roundups in published order (a dev file), so no stream is tuned on.

import {
  evaluateClustering,
  type LabelledArticle,
  readLabelledArticles,
  storyHalf,
  streamOrder,
} from './evaluate';
import { articleTerms } from './features';
import { clusterMetrics } from './metrics';
import { multiDayStream } from './multi-day';
import { spreadDaysStream } from './spread-days';
import { detectLanguage } from './text';

const DATA = new URL('../../../shared/data/stories/', import.meta.url).pathname;
const DAY = 86_400_000;
const fmt = (x: number) => x.toFixed(3);

/** Cosine of every pair, row-major n × n (articles in the order given). */
function cosines(articles: readonly LabelledArticle[]): Float32Array {
  const bags = articles.map((a) =>
    articleTerms(a.title, a.text, detectLanguage(`${a.title} ${a.text ?? ''}`)),
  );
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = articles.length;
  const postings = new Map<string, Array<[number, number]>>();
  bags.forEach((bag, i) => {
    const weights = [...bag].map(
      ([term, tf]) => [term, (1 + Math.log(tf)) * Math.log(n / (df.get(term) ?? 1))] as const,
    );
    const norm = Math.hypot(...weights.map(([, w]) => w)) || 1;
    for (const [term, w] of weights) {
      const list = postings.get(term) ?? [];
      list.push([i, w / norm]);
      postings.set(term, list);
    }
  });
  const sim = new Float32Array(n * n);
  for (const list of postings.values()) {
    for (const [i, wi] of list)
      for (const [j, wj] of list) sim[i * n + j] = get(sim, i * n + j) + wi * wj;
  }
  return sim;
}

/** An element known to exist (strict index checks: every index here is in range). */
const get = (values: ArrayLike<number>, i: number) => values[i] as number;

/** Online: each article joins the cluster of its most similar earlier article within the window. */
function singleLink(at: number[], sim: Float32Array, threshold: number, windowDays: number) {
  const n = at.length;
  const cluster: number[] = [];
  for (let i = 0; i < n; i += 1) {
    let best = -1;
    let bestSim = threshold;
    for (let j = 0; j < i; j += 1) {
      if (Math.abs(get(at, i) - get(at, j)) > windowDays * DAY) continue;
      if (get(sim, i * n + j) >= bestSim) {
        bestSim = get(sim, i * n + j);
        best = j;
      }
    }
    cluster.push(best < 0 ? i : get(cluster, best));
  }
  return cluster;
}

/** Batch UPGMA down to `threshold`; similarities beyond the window are 0 in the averages. */
function averageLink(at: number[], base: Float32Array, threshold: number, windowDays: number) {
  const n = at.length;
  const sim = Float64Array.from(base);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      if (i === j || Math.abs(get(at, i) - get(at, j)) > windowDays * DAY) sim[i * n + j] = 0;
    }
  }
  const size = new Float64Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const members = Array.from({ length: n }, (_, i) => [i]);
  const s = (i: number, j: number) => get(sim, i * n + j);
  const bestOf = (i: number) => {
    let b = -1;
    for (let j = 0; j < n; j += 1) if (j !== i && alive[j] && (b < 0 || s(i, j) > s(i, b))) b = j;
    return b;
  };
  // Each cluster's most similar other cluster (-1: none), kept up to date after each merge.
  const best = Int32Array.from({ length: n }, (_, i) => bestOf(i));
  for (;;) {
    let i = -1;
    for (let k = 0; k < n; k += 1) {
      const bk = get(best, k);
      if (alive[k] && bk >= 0 && (i < 0 || s(k, bk) > s(i, get(best, i)))) i = k;
    }
    if (i < 0 || s(i, get(best, i)) < threshold) break;
    const j = get(best, i);
    const [si, sj] = [get(size, i), get(size, j)];
    for (let k = 0; k < n; k += 1) {
      if (!alive[k] || k === i || k === j) continue;
      const merged = (si * s(i, k) + sj * s(j, k)) / (si + sj);
      sim[i * n + k] = merged;
      sim[k * n + i] = merged;
    }
    alive[j] = 0;
    size[i] = si + sj;
    (members[i] as number[]).push(...(members[j] as number[]));
    for (let k = 0; k < n; k += 1) {
      if (!alive[k]) continue;
      const bk = get(best, k);
      if (k === i || bk === i || bk === j) best[k] = bestOf(k);
      else if (s(k, i) > s(k, bk)) best[k] = i;
    }
  }
  const cluster: number[] = new Array(n).fill(0);
  members.forEach((list, i) => {
    if (alive[i]) for (const m of list) cluster[m] = i;
  });
  return cluster;
}

function score(articles: readonly LabelledArticle[], cluster: number[]) {
  const truth = new Map(articles.map((a) => [a.id, a.story]));
  const predicted = new Map(articles.map((a, i) => [a.id, String(cluster[i])]));
  return clusterMetrics(truth, predicted);
}

const line = (m: ReturnType<typeof score>) =>
  `B3 P ${fmt(m.bcubed.precision)} R ${fmt(m.bcubed.recall)} F ${fmt(m.bcubed.f1)} | pair F ${fmt(m.pairs.f1)}`;

const roundups = (await readLabelledArticles(`${DATA}neus-roundups.jsonl`)).articles;
const streams = [
  ['roundups', streamOrder(roundups)],
  ['multi-day', multiDayStream(roundups)],
  ['spread 0-1 days', spreadDaysStream(roundups, 1)],
  ['spread 0-2 days', spreadDaysStream(roundups, 2)],
  ['spread 0-4 days', spreadDaysStream(roundups, 4)],
  ['spread 0-4 days, seed 12', spreadDaysStream(roundups, 4, 12)],
  [
    'spread 0-4 days, half 1 (stories never trained on)',
    spreadDaysStream(storyHalf(roundups, 1), 4),
  ],
] as const;
const thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
const methods = [
  [
    'single-link ±2 days',
    (at: number[], sim: Float32Array, t: number) => singleLink(at, sim, t, 2),
  ],
  [
    'average-link ±4 days',
    (at: number[], sim: Float32Array, t: number) => averageLink(at, sim, t, 4),
  ],
] as const;
const chosen = new Map<string, number>();
for (const [name, articles] of streams) {
  const at = articles.map((a) => a.publishedAt ?? 0);
  const sim = cosines(articles);
  const shipped = evaluateClustering(articles).metrics;
  console.log(`${name}: shipped clusterer ${line(shipped)}`);
  for (const [method, run] of methods) {
    const results = thresholds.map((t) => ({ t, m: score(articles, run(at, sim, t)) }));
    const top = results.reduce((a, b) => (b.m.bcubed.f1 > a.m.bcubed.f1 ? b : a));
    if (!chosen.has(method)) chosen.set(method, top.t);
    const t = chosen.get(method) as number;
    const atChosen = results.find((r) => r.t === t) as (typeof results)[number];
    console.log(`  ${method} at ${t} (best on roundups): ${line(atChosen.m)}`);
    console.log(`  ${method} best here, at ${top.t}: ${line(top.m)}`);
  }
}
