// The merge pass second look (ConsolidationOptions.sameMoment / averageLink) measured, not
// shipped behaviour: `npx tsx server/cluster/second-look.ts HALF [AL:SM …]`, HALF 0 or 1 (the
// roundups' story halves of train-decision.ts) or all; each AL:SM is an average-link bar and a
// same-moment probability bar, `-` for none. B³ P / R / F1 on the roundups in published order,
// the multi-day streams and the spread 0–4 days stream, first with neither (the shipped pass).
import { DEFAULT_CLUSTER_OPTIONS, MERGE_PASS } from './clusterer';
import { evaluateClustering, readLabelledArticles, storyHalf, streamOrder } from './evaluate';
import { HARD_MULTI_DAY, multiDayStream } from './multi-day';
import { spreadDaysStream } from './spread-days';

const DATA = new URL('../../../shared/data/stories/', import.meta.url).pathname;
const fmt = (x: number) => x.toFixed(3);
const half = process.argv[2] ?? 'all';
const all = (await readLabelledArticles(`${DATA}neus-roundups.jsonl`)).articles;
const roundups = half === '0' || half === '1' ? storyHalf(all, Number(half) as 0 | 1) : all;
const sets = [
  ['published', streamOrder(roundups)],
  ['multi-day', multiDayStream(roundups)],
  ['hard', multiDayStream(roundups, HARD_MULTI_DAY)],
  ['spread 0-4', spreadDaysStream(roundups, 4)],
] as const;
const bar = (v: string | undefined) => (v === undefined || v === '-' ? null : Number(v));
for (const given of ['-:-', ...process.argv.slice(3)]) {
  const [averageLink, sameMoment] = given.split(':').map(bar);
  const consolidation = {
    ...MERGE_PASS,
    averageLink: averageLink ?? null,
    sameMoment: sameMoment ?? null,
  };
  const rows = sets.map(([name, articles]) => {
    const { bcubed: b } = evaluateClustering(articles, {
      ...DEFAULT_CLUSTER_OPTIONS,
      consolidation,
    }).metrics;
    return `${name} ${fmt(b.precision)} / ${fmt(b.recall)} / ${fmt(b.f1)}`;
  });
  console.log(`${given.padEnd(9)} ${rows.join(' | ')}`);
}
