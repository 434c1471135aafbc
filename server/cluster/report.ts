// The figures of server/cluster/README.md in one run (not shipped behaviour):
// `npx tsx server/cluster/report.ts ['{…options}']`. Both dev files in published/file order, and
// the multi-day streams made from the roundups (multi-day.ts) and the roundups with each article
// spread over 0–4 days (spread-days.ts), each with B³ and pair P/R/F1.
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS } from './clusterer';
import { evaluateClustering, readLabelledArticles, streamOrder } from './evaluate';
import { HARD_MULTI_DAY, multiDayStream } from './multi-day';
import { spreadDaysStream } from './spread-days';

const DATA = new URL('../../../shared/data/stories/', import.meta.url).pathname;
const fmt = (x: number) => x.toFixed(3);

const given: Partial<ClusterOptions> = JSON.parse(process.argv[2] ?? '{}');
const options = {
  ...DEFAULT_CLUSTER_OPTIONS,
  ...given,
  features: { ...DEFAULT_CLUSTER_OPTIONS.features, ...(given.features ?? {}) },
};
const roundups = (await readLabelledArticles(`${DATA}neus-roundups.jsonl`)).articles;
const headlines = (await readLabelledArticles(`${DATA}neus-headlines-train.jsonl`)).articles;
const sets = [
  ['roundups ', streamOrder(roundups)],
  ['headlines', headlines],
  ['multi-day', multiDayStream(roundups)],
  ['multi-day hard', multiDayStream(roundups, HARD_MULTI_DAY)],
  ['spread 0-4 days', spreadDaysStream(roundups, 4)],
] as const;
for (const [name, articles] of sets) {
  const r = evaluateClustering(articles, options);
  const { bcubed: b, pairs: p } = r.metrics;
  console.log(
    `${name} B3 P ${fmt(b.precision)} R ${fmt(b.recall)} F ${fmt(b.f1)} | pair P ${fmt(p.precision)} R ${fmt(p.recall)} F ${fmt(p.f1)} | ${r.metrics.predictedClusters}/${r.metrics.trueClusters} | ${Math.round(r.articlesPerSecond)}/s`,
  );
}
