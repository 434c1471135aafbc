import { describe, expect, it } from 'vitest';
import {
  evaluateClustering,
  readLabelledArticles,
  streamOrder,
} from '../../server/cluster/evaluate';
import { sharedDataFile } from './shared-data';

/**
 * Story clustering quality on real roundups (`parallax eval clusters`), with the default
 * options. Floors sit a little under what the clusterer reaches (see server/cluster/README.md);
 * a change that loses quality fails here. Precision has its own floor: merging two different
 * stories is worse for a reader than missing a link.
 */
const roundups = sharedDataFile('stories/neus-roundups.jsonl');
const headlines = sharedDataFile('stories/neus-headlines-train.jsonl');

describe.skipIf(!roundups.available)('clustering neus-roundups.jsonl (published order)', () => {
  it('reaches its B-cubed and pairwise floors', async () => {
    const { articles } = await readLabelledArticles(roundups.path);
    expect(articles).toHaveLength(1479);
    const { metrics } = evaluateClustering(streamOrder(articles));
    expect(metrics.bcubed.f1).toBeGreaterThanOrEqual(0.92);
    expect(metrics.bcubed.precision).toBeGreaterThanOrEqual(0.93);
    expect(metrics.bcubed.recall).toBeGreaterThanOrEqual(0.9);
    expect(metrics.pairs.f1).toBeGreaterThanOrEqual(0.84);
  });
});

describe.skipIf(!headlines.available)('clustering neus-headlines-train.jsonl (file order)', () => {
  it('reaches its B-cubed and pairwise floors', async () => {
    const { articles } = await readLabelledArticles(headlines.path);
    expect(articles).toHaveLength(7356);
    const { metrics } = evaluateClustering(streamOrder(articles));
    expect(metrics.bcubed.f1).toBeGreaterThanOrEqual(0.74);
    expect(metrics.bcubed.precision).toBeGreaterThanOrEqual(0.83);
    expect(metrics.pairs.f1).toBeGreaterThanOrEqual(0.5);
  }, 60_000);
});
