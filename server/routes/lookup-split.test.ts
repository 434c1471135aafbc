import { describe, expect, it } from 'vitest';
import { MIN_BUCKET_ARTICLES } from '../../core/lookup-bucket';
import { LookupSplit } from './lookup-split';

/** A split over a count the test sets; the timer never fires within a test. */
async function splitOver(counts: Array<number | Error>) {
  let reads = 0;
  const errors: unknown[] = [];
  const split = await LookupSplit.start({
    countArticles: async () => {
      const next = counts[Math.min(reads, counts.length - 1)] as number | Error;
      reads += 1;
      if (next instanceof Error) throw next;
      return next;
    },
    refreshMs: 3_600_000,
    onRefreshError: (error) => errors.push(error),
  });
  return { split, errors, reads: () => reads };
}

describe('LookupSplit', () => {
  it('starts from the count read once, and follows it on refresh', async () => {
    const { split, reads } = await splitOver([10, 100 * MIN_BUCKET_ARTICLES]);
    expect(split.buckets).toBe(1);
    expect(reads()).toBe(1);
    await split.refresh();
    expect(split.articles).toBe(100 * MIN_BUCKET_ARTICLES);
    expect(split.buckets).toBe(100);
    split.stop();
  });

  it('tells its listeners when a refresh reads another count, and only then', async () => {
    const { split } = await splitOver([100, 100, 250]);
    const heard: number[] = [];
    split.onChange((articles) => heard.push(articles));
    await split.refresh();
    await split.refresh();
    expect(heard).toEqual([250]);
    split.stop();
  });

  it('keeps the split it has when a read fails, and says so', async () => {
    const { split, errors } = await splitOver([64 * MIN_BUCKET_ARTICLES, new Error('db gone')]);
    await split.refresh();
    expect(split.buckets).toBe(64);
    expect(errors).toHaveLength(1);
    split.stop();
  });

  it('reads once for refreshes asked for at the same time', async () => {
    const { split, reads } = await splitOver([1, 2, 3]);
    await Promise.all([split.refresh(), split.refresh(), split.refresh()]);
    expect(reads()).toBe(2);
    split.stop();
  });
});
