// Why stories split on the spread-days stream (not shipped behaviour; README, "Coverage spread
// over days"): `npx tsx server/cluster/spread-diagnosis.ts [days]`. For the roundups in published
// order and spread over `days` (4): split stories by calendar span; on arrival, what each later
// article did by its gap to its story's newest earlier article; and, with the true stories given
// (`observe`), how often the join model refused a first-ranked true story and would have joined
// it with the same evidence at no time gap.
import { OnlineClusterer } from './clusterer';
import { atSameMoment, joinProbabilities, learnedModel, logit } from './decision';
import {
  evaluateClustering,
  type LabelledArticle,
  readLabelledArticles,
  streamOrder,
} from './evaluate';
import { spreadDaysStream } from './spread-days';

const DATA = new URL('../../../shared/data/stories/', import.meta.url).pathname;
const DAY = 86_400_000;

const days = Number(process.argv[2] ?? 4);
const roundups = (await readLabelledArticles(`${DATA}neus-roundups.jsonl`)).articles;
const model = learnedModel().dated;
const time = (a: LabelledArticle) => a.publishedAt as number;

function splits(stream: LabelledArticle[]) {
  const { predicted, assignments } = evaluateClustering(stream);
  const byStory = new Map<string, { at: number[]; stories: Set<string> }>();
  for (const a of stream) {
    const entry = byStory.get(a.story) ?? { at: [], stories: new Set<string>() };
    entry.at.push(time(a));
    entry.stories.add(predicted.get(a.id) as string);
    byStory.set(a.story, entry);
  }
  const bySpan = new Map<number, [number, number]>();
  for (const { at, stories } of byStory.values()) {
    const span = Math.floor(Math.max(...at) / DAY) - Math.floor(Math.min(...at) / DAY);
    const [n, split] = bySpan.get(span) ?? [0, 0];
    bySpan.set(span, [n + 1, split + (stories.size > 1 ? 1 : 0)]);
  }
  console.log(
    `  split stories by calendar span: ${[...bySpan]
      .sort((a, b) => a[0] - b[0])
      .map(([d, [n, k]]) => `${d} d ${k} of ${n}`)
      .join(', ')}`,
  );
  // On arrival (before the merge pass), against the stories its story's earlier articles got.
  const earlier = new Map<string, { at: number; story: string }[]>();
  const byGap = new Map<number, { joined: number; opened: number; other: number }>();
  for (const [i, a] of stream.entries()) {
    const assignment = assignments[i] as (typeof assignments)[number];
    const before = earlier.get(a.story) ?? [];
    if (before.length > 0) {
      const gap = Math.floor((time(a) - Math.max(...before.map((e) => e.at))) / DAY);
      const row = byGap.get(gap) ?? { joined: 0, opened: 0, other: 0 };
      if (assignment.created) row.opened += 1;
      else if (before.some((e) => e.story === assignment.storyId)) row.joined += 1;
      else row.other += 1;
      byGap.set(gap, row);
    }
    before.push({ at: time(a), story: assignment.storyId });
    earlier.set(a.story, before);
  }
  for (const [gap, r] of [...byGap].sort((a, b) => a[0] - b[0])) {
    console.log(
      `  ${gap} d after: joined ${r.joined}, opened a story ${r.opened}, joined another ${r.other}`,
    );
  }
}

/** The join model's probabilities for each candidate, as the clusterer computes them. */
function probabilities(candidates: number[][]): number[] {
  return joinProbabilities(
    model,
    candidates.map((x) => logit(model.rank, x)),
    candidates.map((x) => logit(model.weights, x)),
  );
}

function refusals(stream: LabelledArticle[]) {
  const clusterer = new OnlineClusterer({});
  let refused = 0;
  let byTime = 0;
  for (const a of stream) {
    const candidates = clusterer.observe(
      { id: a.id, title: a.title, text: a.text, publishedAt: a.publishedAt, language: null },
      a.story,
    );
    const at = candidates.findIndex((c) => c.storyId === a.story);
    if (at < 0) continue;
    const features = candidates.map((c) => c.features);
    const ranks = features.map((x) => logit(model.rank, x));
    if (ranks.indexOf(Math.max(...ranks)) !== at) continue;
    if ((probabilities(features)[at] as number) >= model.threshold) continue;
    refused += 1;
    const sameMoment = features.map((x) => {
      const moved = [...x];
      atSameMoment(moved);
      return moved;
    });
    if ((probabilities(sameMoment)[at] as number) >= model.threshold) byTime += 1;
  }
  console.log(
    `  true story ranked first but refused: ${refused}; joined with no time gap: ${byTime}`,
  );
}

for (const [name, stream] of [
  ['published order', streamOrder(roundups)],
  [`spread 0-${days} days`, spreadDaysStream(roundups, days)],
] as const) {
  console.log(name);
  splits(stream);
  refusals(stream);
}
