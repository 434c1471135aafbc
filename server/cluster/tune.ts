// Parameter search for the clusterer (not shipped behaviour): `npx tsx server/cluster/tune.ts`.
// Tunes on one half of the stories of each file and reports the other half, so that the chosen
// defaults are not fitted to the figures reported.
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS } from './clusterer';
import {
  evaluateClustering,
  storyHalf as half,
  type LabelledArticle,
  readLabelledArticles,
  streamOrder,
} from './evaluate';
import { multiDayStream } from './multi-day';

const DATA = new URL('../../../shared/data/stories/', import.meta.url).pathname;

const fmt = (x: number) => x.toFixed(3);
function run(name: string, articles: LabelledArticle[], options: Partial<ClusterOptions>) {
  const r = evaluateClustering(articles, options);
  const m = r.metrics;
  return `${name} B3 P ${fmt(m.bcubed.precision)} R ${fmt(m.bcubed.recall)} F ${fmt(m.bcubed.f1)} | pair F ${fmt(m.pairs.f1)} | ${m.predictedClusters}/${m.trueClusters} | ${Math.round(r.articlesPerSecond)}/s`;
}

const roundups = streamOrder((await readLabelledArticles(`${DATA}neus-roundups.jsonl`)).articles);
const headlines = (await readLabelledArticles(`${DATA}neus-headlines-train.jsonl`)).articles;
const grid: Array<Partial<ClusterOptions>> = JSON.parse(process.argv[2] ?? '[{}]');
const which = Number(process.argv[3] ?? 0) as 0 | 1;
for (const g of grid) {
  const options = {
    ...DEFAULT_CLUSTER_OPTIONS,
    ...g,
    features: { ...DEFAULT_CLUSTER_OPTIONS.features, ...(g.features ?? {}) },
  };
  console.log(JSON.stringify(g));
  console.log(`  ${run('roundups ', half(roundups, which), options)}`);
  console.log(`  ${run('headlines', half(headlines, which), options)}`);
  console.log(`  ${run('multi-day', multiDayStream(half(roundups, which)), options)}`);
}
