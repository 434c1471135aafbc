import { describe, expect, it } from 'vitest';
import { clusterMetrics } from './metrics';

const labels = (entries: Record<string, string>) => new Map(Object.entries(entries));
// Truth: {a, b, c} and {d, e}.
const truth = labels({ a: 'T1', b: 'T1', c: 'T1', d: 'T2', e: 'T2' });

describe('clusterMetrics', () => {
  it('scores a perfect clustering 1 whatever the labels are called', () => {
    const m = clusterMetrics(truth, labels({ a: 'x', b: 'x', c: 'x', d: 'y', e: 'y' }));
    expect(m.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(m.pairs.f1).toBe(1);
    expect(m.predictedClusters).toBe(2);
    expect(m.trueClusters).toBe(2);
  });

  it('computes B-cubed and pair counts by hand: {a,b} {c,d,e}', () => {
    const m = clusterMetrics(truth, labels({ a: 'P1', b: 'P1', c: 'P2', d: 'P2', e: 'P2' }));
    // Precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 → 11/15.
    expect(m.bcubed.precision).toBeCloseTo(11 / 15, 12);
    // Recall per item: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 → 11/15.
    expect(m.bcubed.recall).toBeCloseTo(11 / 15, 12);
    expect(m.bcubed.f1).toBeCloseTo(11 / 15, 12);
    // True pairs ab ac bc de; predicted ab cd ce de; shared ab de.
    expect(m.pairs).toMatchObject({ truePairs: 4, predictedPairs: 4, sharedPairs: 2 });
    expect(m.pairs.precision).toBe(0.5);
    expect(m.pairs.recall).toBe(0.5);
  });

  it('gives singletons full precision and the recall of their size', () => {
    const m = clusterMetrics(truth, labels({ a: '1', b: '2', c: '3', d: '4', e: '5' }));
    expect(m.bcubed.precision).toBe(1);
    expect(m.bcubed.recall).toBeCloseTo((3 * (1 / 3) + 2 * (1 / 2)) / 5, 12);
    expect(m.bcubed.f1).toBeCloseTo((2 * 0.4) / 1.4, 12);
    expect(m.pairs).toMatchObject({ precision: 1, recall: 0, f1: 0, predictedPairs: 0 });
  });

  it('gives one big cluster full recall and low precision', () => {
    const m = clusterMetrics(truth, labels({ a: 'z', b: 'z', c: 'z', d: 'z', e: 'z' }));
    expect(m.bcubed.recall).toBe(1);
    // a, b, c: 3/5 each; d, e: 2/5 each.
    expect(m.bcubed.precision).toBeCloseTo((3 * 0.6 + 2 * 0.4) / 5, 12);
    expect(m.pairs.precision).toBeCloseTo(4 / 10, 12);
  });

  it('counts items missing from the prediction as singletons', () => {
    const m = clusterMetrics(truth, labels({ a: 'P', b: 'P', c: 'P', d: 'Q' }));
    expect(m.bcubed.precision).toBe(1);
    expect(m.bcubed.recall).toBeCloseTo((3 + 0.5 + 0.5) / 5, 12);
    expect(m.predictedClusters).toBe(3);
  });
});
