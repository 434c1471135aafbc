import { type LabelledArticle, seededRandom } from './evaluate';

const DAY = 86_400_000;

export interface MultiDayOptions {
  seed: number;
  /**
   * 'trailing': each article after a story's first trails it by a whole number of days, each
   * further day with probability `trailing` (0 days most often), at most `maxSpanDays`, at any
   * hour of the daytime. 'spread': each story spans between `minSpanDays` and `maxSpanDays`
   * (uniform), its first article at the start, its last at the end.
   */
  spread: 'trailing' | 'spread';
  trailing: number;
  minSpanDays: number;
  maxSpanDays: number;
  /** Stories of one topic, in date order, are moved together in groups of this many. */
  topicGroup: number;
  /** A group's stories start within this many days of its first story. */
  groupStartDays: number;
}

export const DEFAULT_MULTI_DAY: MultiDayOptions = {
  seed: 11,
  spread: 'trailing',
  trailing: 0.5,
  minSpanDays: 1,
  maxSpanDays: 4,
  topicGroup: 2,
  groupStartDays: 3,
};

/** A harder stream: every story over 1–4 days, topics pulled together in threes within 2 days. */
export const HARD_MULTI_DAY: MultiDayOptions = {
  ...DEFAULT_MULTI_DAY,
  spread: 'spread',
  topicGroup: 3,
  groupStartDays: 2,
};

/**
 * A multi-day evaluation stream from a dated stories file whose stories were all covered on one
 * day (the NeuS roundups): each story's articles are spread over 1–4 days (its first article at
 * its date, its last `span` days later, the others between), and stories of the same topic are
 * pulled together in groups of three, each starting within two days of the group's first, so
 * that their coverage interleaves: "Coronavirus" stories run side by side, each trailing for
 * days. Groups keep their real dates otherwise, so topics that recur weeks apart still do.
 * Sorted by the new times (stable). Deterministic for a seed. Articles without a date or topic
 * keep their time (a topic of their own).
 */
export function multiDayStream(
  articles: readonly LabelledArticle[],
  options: Partial<MultiDayOptions> = {},
): LabelledArticle[] {
  const o = { ...DEFAULT_MULTI_DAY, ...options };
  const random = seededRandom(o.seed);
  const byStory = new Map<string, LabelledArticle[]>();
  for (const article of articles) {
    const members = byStory.get(article.story) ?? [];
    members.push(article);
    byStory.set(article.story, members);
  }
  const startOf = (members: LabelledArticle[]) =>
    Math.min(...members.map((a) => a.publishedAt ?? Number.POSITIVE_INFINITY));
  // Stories of each topic in date order (then first appearance), grouped.
  const byTopic = new Map<string, string[]>();
  for (const [story, members] of byStory) {
    const topic = members[0]?.topic ?? `\u0000${story}`;
    const stories = byTopic.get(topic) ?? [];
    stories.push(story);
    byTopic.set(topic, stories);
  }
  const start = new Map<string, number>();
  for (const stories of byTopic.values()) {
    const ordered = stories
      .map((story, i) => ({ story, i, at: startOf(byStory.get(story) as LabelledArticle[]) }))
      .sort((a, b) => a.at - b.at || a.i - b.i);
    for (let g = 0; g < ordered.length; g += o.topicGroup) {
      const group = ordered.slice(g, g + o.topicGroup);
      const first = group[0]?.at ?? Number.POSITIVE_INFINITY;
      for (const [k, { story }] of group.entries()) {
        start.set(story, k === 0 ? first : first + random() * o.groupStartDays * DAY);
      }
    }
  }
  const out: LabelledArticle[] = [];
  for (const [story, members] of byStory) {
    const begin = start.get(story) as number;
    if (!Number.isFinite(begin)) {
      out.push(...members);
      continue;
    }
    const span = (o.minSpanDays + random() * (o.maxSpanDays - o.minSpanDays)) * DAY;
    // Which outlet comes first is random too; hours of day spread over the daytime.
    const order = members.map((article) => ({ article, key: random() }));
    order.sort((a, b) => a.key - b.key);
    for (const [k, { article }] of order.entries()) {
      let offset: number;
      if (o.spread === 'spread') {
        offset = k === 0 ? 0 : k === order.length - 1 ? span : random() * span;
      } else {
        let days = 0;
        while (k > 0 && days < o.maxSpanDays && random() < o.trailing) days += 1;
        offset = days * DAY;
      }
      const hour = (6 + random() * 14) * 3_600_000;
      out.push({ ...article, publishedAt: Math.round(begin + offset + hour) });
    }
  }
  return out
    .map((article, i) => ({ article, i }))
    .sort((a, b) => (a.article.publishedAt ?? 0) - (b.article.publishedAt ?? 0) || a.i - b.i)
    .map(({ article }) => article);
}
