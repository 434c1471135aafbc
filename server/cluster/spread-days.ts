import { type LabelledArticle, seededRandom } from './evaluate';

const DAY = 86_400_000;

/**
 * The shape of the unseen multi-day check (real events, one left, one center and one
 * right outlet each, dates up to 4 days apart) made from a dated stories file whose stories were
 * each covered on one day (the NeuS roundups): every article is moved to a uniformly random
 * moment within `days` days after its story's date, independently of the story's other articles,
 * and the whole file is put in the new time order (stable). Unlike multi-day.ts, no story is moved
 * towards another of its topic: stories stay as far apart as their real dates put them, so only
 * the spread of each story's own coverage is tested. Deterministic for a seed; articles without
 * a date keep their place in time (none in the roundups).
 */
export function spreadDaysStream(
  articles: readonly LabelledArticle[],
  days: number,
  seed = 11,
): LabelledArticle[] {
  const random = seededRandom(seed);
  return articles
    .map((article, i) => ({
      article:
        article.publishedAt === null
          ? article
          : { ...article, publishedAt: Math.round(article.publishedAt + random() * days * DAY) },
      i,
    }))
    .sort((a, b) => (a.article.publishedAt ?? 0) - (b.article.publishedAt ?? 0) || a.i - b.i)
    .map(({ article }) => article);
}

/**
 * How many stories have publication dates (UTC calendar days) at least 0, 1, 2… days apart
 * (index = days), to compare a stream with the "spans two days or more".
 */
export function storySpans(articles: readonly LabelledArticle[]): number[] {
  const range = new Map<string, [number, number]>();
  for (const { story, publishedAt } of articles) {
    if (publishedAt === null) continue;
    const [lo, hi] = range.get(story) ?? [publishedAt, publishedAt];
    range.set(story, [Math.min(lo, publishedAt), Math.max(hi, publishedAt)]);
  }
  const counts: number[] = [];
  for (const [lo, hi] of range.values()) {
    const whole = Math.floor(hi / DAY) - Math.floor(lo / DAY);
    for (let d = 0; d <= whole; d += 1) counts[d] = (counts[d] ?? 0) + 1;
  }
  return counts;
}
