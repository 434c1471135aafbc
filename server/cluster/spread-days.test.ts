import { describe, expect, it } from 'vitest';
import type { LabelledArticle } from './evaluate';
import { spreadDaysStream, storySpans } from './spread-days';

const DAY = 86_400_000;
const start = Date.parse('2021-06-01T00:00:00Z');
const article = (id: string, story: string, day: number): LabelledArticle => ({
  id,
  story,
  title: id,
  text: null,
  publishedAt: start + day * DAY,
  topic: 'Politics',
});
const stories = Array.from({ length: 40 }, (_, s) =>
  ['left', 'center', 'right'].map((side) => article(`${s}-${side}`, `s${s}`, s % 10)),
).flat();

describe('spreadDaysStream', () => {
  it('moves each article within the days after its own date, and sorts by the new times', () => {
    const out = spreadDaysStream(stories, 4);
    expect(out.map((a) => a.id).sort()).toEqual(stories.map((a) => a.id).sort());
    const dateOf = new Map(stories.map((a) => [a.id, a.publishedAt as number]));
    for (const a of out) {
      const moved = (a.publishedAt as number) - (dateOf.get(a.id) as number);
      expect(moved).toBeGreaterThanOrEqual(0);
      expect(moved).toBeLessThanOrEqual(4 * DAY);
    }
    const times = out.map((a) => a.publishedAt as number);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Coverage really spreads: most three-article stories then span a calendar day or more.
    const spans = storySpans(out);
    expect(spans[0]).toBe(40);
    expect(spans[1] ?? 0).toBeGreaterThan(20);
    expect(spans[4] ?? 0).toBe(0);
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    const times = (seed: number) => spreadDaysStream(stories, 4, seed).map((a) => a.publishedAt);
    expect(times(11)).toEqual(times(11));
    expect(times(11)).not.toEqual(times(12));
  });

  it('keeps every date with a spread of 0 days', () => {
    expect(storySpans(spreadDaysStream(stories, 0))).toEqual([40]);
  });
});
