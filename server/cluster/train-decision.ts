// Trains the learned decision (decision.ts) and writes decision-weights.json:
// `npx tsx server/cluster/train-decision.ts [--no-fields] [--dry-run] [--dated-threshold=0.7]`.
//
// Training data: every article of the first half of each dev file's stories (storyHalf 0),
// placed in its true story one by one (`OnlineClusterer.observe`), against the candidate stories
// the clusterer would weigh for it: a candidate is a positive when it is the article's story.
// Dated model: the roundups in published order and as a multi-day stream (multi-day.ts);
// undated model: the headlines, and the roundups with their dates removed. Thresholds: the
// highest B³ F1 with precision at or above a floor, clustering the same training half. The
// report clusters the other half (never seen in training) and the full files.
import { writeFileSync } from 'node:fs';
import { type ClusterOptions, MERGE_PASS, OnlineClusterer } from './clusterer';
import {
  DECISION_FEATURES,
  type DecisionModel,
  type DecisionWeightsFile,
  fitLogistic,
  type LogisticModel,
  logit,
  RANK_MARGIN,
  rankMargins,
  untrainedModel,
  WEIGHTS_FILE,
} from './decision';
import {
  evaluateClustering,
  type LabelledArticle,
  readLabelledArticles,
  storyHalf,
  streamOrder,
} from './evaluate';
import { HARD_MULTI_DAY, multiDayStream } from './multi-day';
import { spreadDaysStream } from './spread-days';

const DATA = new URL('../../../shared/data/stories/', import.meta.url).pathname;
const args = process.argv.slice(2);
const fields = !args.includes('--no-fields');
const dryRun = args.includes('--dry-run');
const L2 = Number(process.env.L2 ?? 0.1);
const DATED_PRECISION = 0.95;
const UNDATED_PRECISION = 0.88;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

const roundups = streamOrder((await readLabelledArticles(`${DATA}neus-roundups.jsonl`)).articles);
const headlines = (await readLabelledArticles(`${DATA}neus-headlines-train.jsonl`)).articles;
const undate = (articles: LabelledArticle[]) => articles.map((a) => ({ ...a, publishedAt: null }));

// The untrained model weighs nothing: the max-link features must be computed all the same.
const base: Partial<ClusterOptions> = { fields, model: untrainedModel(), maxLink: true };

interface Example {
  /** The candidates' features and whether each is the article's story. */
  candidates: Array<{ features: number[]; label: number }>;
}

function examples(streams: LabelledArticle[][]): Example[] {
  const out: Example[] = [];
  for (const stream of streams) {
    const clusterer = new OnlineClusterer(base);
    for (const a of stream) {
      const candidates = clusterer.observe(
        { id: a.id, title: a.title, text: a.text, publishedAt: a.publishedAt, language: null },
        a.story,
      );
      if (candidates.length === 0) continue;
      out.push({
        candidates: candidates.map((c) => ({
          features: c.features,
          label: c.storyId === a.story ? 1 : 0,
        })),
      });
    }
  }
  return out;
}

/** Ranking on every candidate, then the join decision on each article's best-ranked one. */
function fitModel(data: Example[]): LogisticModel {
  const all = data.flatMap((e) => e.candidates);
  const rank = fitLogistic(
    all.map((c) => c.features),
    all.map((c) => c.label),
    { l2: L2 },
  );
  // The join model sees the best candidate's rank margin (decision.ts RANK_MARGIN).
  const best = data.map((e) => {
    const ranks = e.candidates.map((c) => logit(rank, c.features));
    const margins = rankMargins(ranks);
    let at = 0;
    for (let i = 1; i < ranks.length; i += 1)
      if ((ranks[i] as number) > (ranks[at] as number)) at = i;
    const top = e.candidates[at] as { features: number[]; label: number };
    const features = [...top.features];
    features[RANK_MARGIN] = margins[at] as number;
    return { features, label: top.label };
  });
  const weights = fitLogistic(
    best.map((c) => c.features),
    best.map((c) => c.label),
    { l2: L2 },
  );
  return { rank, weights, threshold: 0.5 };
}

const train = {
  roundups: storyHalf(roundups, 0),
  headlines: storyHalf(headlines, 0),
};
const datedStreams = args.includes('--file-order-only')
  ? [train.roundups]
  : args.includes('--multi-day-only')
    ? [multiDayStream(train.roundups)]
    : [train.roundups, multiDayStream(train.roundups)];
// `--spread-days=N`: the training half also as spread-days.ts makes it (seed 7, not the seed 11
// that report.ts scores), so the time model sees coverage trailing by days without a neighbour.
const spreadGiven = args.find((a) => a.startsWith('--spread-days='));
const spreadDays = spreadGiven ? Number(spreadGiven.slice('--spread-days='.length)) : null;
if (spreadDays !== null) datedStreams.push(spreadDaysStream(train.roundups, spreadDays, 7));
const undatedStreams = [train.headlines, undate(train.roundups)];
const dated = examples(datedStreams);
const undated = examples(undatedStreams);
const model: DecisionModel = { dated: fitModel(dated), undated: fitModel(undated) };

const fmt = (x: number) => x.toFixed(3);
/** Clusters with model `m`; `consolidate`: with the batch merge pass as measured (MERGE_PASS). */
function score(articles: LabelledArticle[], m: DecisionModel, consolidate = true) {
  return evaluateClustering(articles, {
    ...base,
    model: m,
    consolidation: consolidate ? MERGE_PASS : null,
  }).metrics;
}
/** The threshold with the best mean B³ F1 over `streams` whose mean precision clears `floor`. */
function chooseThreshold(which: 'dated' | 'undated', streams: LabelledArticle[][], floor: number) {
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const m = { ...model, [which]: { ...model[which], threshold } };
    // The online decision's own thresholds, without the merge pass (chosen on its own after).
    const scores = streams.map((s) => score(s, m, false).bcubed);
    const p = scores.reduce((sum, b) => sum + b.precision, 0) / scores.length;
    const f1 = scores.reduce((sum, b) => sum + b.f1, 0) / scores.length;
    console.log(`  ${which} threshold ${threshold}: mean B3 P ${fmt(p)} F ${fmt(f1)}`);
    if (p >= floor && f1 > best.f1) best = { threshold, f1 };
  }
  model[which].threshold = best.threshold;
}
const count = (data: Example[]) =>
  `${data.length} articles with candidates, ${data.reduce((n, e) => n + e.candidates.length, 0)} candidates`;
console.log(`Training: dated ${count(dated)}; undated ${count(undated)}`);
chooseThreshold('dated', datedStreams, DATED_PRECISION);
chooseThreshold('undated', [train.headlines], UNDATED_PRECISION);
// The dated threshold training picks (0.8) left a same-day follow-up from another angle out of
// its story in the e2e feeds (a false blindspot); shipped lower, as README explains.
const datedGiven = args.find((a) => a.startsWith('--dated-threshold='));
const trainedDated = model.dated.threshold;
if (datedGiven) model.dated.threshold = Number(datedGiven.slice('--dated-threshold='.length));
const undatedGiven = args.find((a) => a.startsWith('--undated-threshold='));
const trainedUndated = model.undated.threshold;
if (undatedGiven)
  model.undated.threshold = Number(undatedGiven.slice('--undated-threshold='.length));

const line = (name: string, articles: LabelledArticle[], consolidate = true) => {
  const m = score(articles, model, consolidate);
  return `  ${name} B3 P ${fmt(m.bcubed.precision)} R ${fmt(m.bcubed.recall)} F ${fmt(m.bcubed.f1)} | pair P ${fmt(m.pairs.precision)} R ${fmt(m.pairs.recall)} F ${fmt(m.pairs.f1)}`;
};
console.log('Weights (rank, join: dated | undated):');
for (const [i, name] of DECISION_FEATURES.entries()) {
  const cells = [model.dated.rank, model.dated.weights, model.undated.rank, model.undated.weights];
  console.log(
    `  ${name.padEnd(38)} ${cells.map((w) => fmt(w[i] as number).padStart(8)).join(' ')}`,
  );
}
console.log(`Thresholds: dated ${model.dated.threshold}, undated ${model.undated.threshold}`);
console.log('Held-out half (stories never trained on), online decision alone:');
console.log(line('roundups  half 1', storyHalf(roundups, 1), false));
console.log(line('headlines half 1', storyHalf(headlines, 1), false));
console.log(line('multi-day half 1', multiDayStream(storyHalf(roundups, 1)), false));
console.log(line('spread 0-4 half 1', spreadDaysStream(storyHalf(roundups, 1), 4), false));
console.log('Held-out half, with the batch merge pass (MERGE_PASS):');
console.log(line('roundups  half 1', storyHalf(roundups, 1)));
console.log(line('headlines half 1', storyHalf(headlines, 1)));
console.log(line('multi-day half 1', multiDayStream(storyHalf(roundups, 1))));
console.log(line('spread 0-4 half 1', spreadDaysStream(storyHalf(roundups, 1), 4)));
console.log('Full files (half of them trained on):');
console.log(line('roundups        ', roundups));
console.log(line('headlines       ', headlines));
console.log(line('multi-day       ', multiDayStream(roundups)));
console.log(line('multi-day hard  ', multiDayStream(roundups, HARD_MULTI_DAY)));
console.log(line('spread 0-4 days ', spreadDaysStream(roundups, 4)));

function rounded(m: LogisticModel): LogisticModel {
  const r = (w: number[]) => w.map((v) => Number(v.toFixed(5)));
  return { rank: r(m.rank), weights: r(m.weights), threshold: m.threshold };
}

if (!dryRun) {
  const file: DecisionWeightsFile = {
    features: DECISION_FEATURES,
    trainedWith: `npx tsx server/cluster/train-decision.ts${fields ? '' : ' --no-fields'}${datedGiven ? ` ${datedGiven}` : ''}${undatedGiven ? ` ${undatedGiven}` : ''}${spreadGiven ? ` ${spreadGiven}` : ''}: storyHalf 0 of neus-roundups (published order and multi-day${spreadGiven ? `, and spread over ${spreadDays} days` : ''}) and neus-headlines-train; L2 ${L2}; thresholds at the best B3 F1 with P >= ${DATED_PRECISION} (dated) / ${UNDATED_PRECISION} (undated) on that half${datedGiven ? ` (dated: ${trainedDated}, shipped at ${model.dated.threshold}: see README)` : ''}${undatedGiven ? ` (undated: ${trainedUndated}, shipped at ${model.undated.threshold})` : ''}`,
    dated: rounded(model.dated),
    undated: rounded(model.undated),
  };
  writeFileSync(WEIGHTS_FILE, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`Wrote ${WEIGHTS_FILE.pathname}`);
}
