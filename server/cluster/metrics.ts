/**
 * Clustering quality against ground truth: B-cubed (Bagga & Baldwin 1998; per item, averaged)
 * and pair counting (over all pairs of items). Both take `{item: label}` maps over the same items.
 */

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusterMetrics {
  bcubed: PRF;
  pairs: PRF & { truePairs: number; predictedPairs: number; sharedPairs: number };
  items: number;
  trueClusters: number;
  predictedClusters: number;
}

function prf(precision: number, recall: number): PRF {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function groupSizes(labels: Iterable<string>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  return sizes;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** Scores `predicted` against `truth`; items missing from `predicted` count as singletons. */
export function clusterMetrics(
  truth: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): ClusterMetrics {
  const items = [...truth.keys()];
  const predictedOf = (item: string) => predicted.get(item) ?? `\u0000singleton:${item}`;
  const trueSizes = groupSizes(items.map((item) => truth.get(item) as string));
  const predictedSizes = groupSizes(items.map(predictedOf));
  // Size of each (true, predicted) intersection.
  const joint = groupSizes(items.map((item) => `${truth.get(item)}\u0000${predictedOf(item)}`));

  let precisionSum = 0;
  let recallSum = 0;
  for (const item of items) {
    const t = truth.get(item) as string;
    const p = predictedOf(item);
    const shared = joint.get(`${t}\u0000${p}`) ?? 0;
    precisionSum += shared / (predictedSizes.get(p) ?? 1);
    recallSum += shared / (trueSizes.get(t) ?? 1);
  }
  const n = items.length;

  let truePairs = 0;
  for (const size of trueSizes.values()) truePairs += pairs(size);
  let predictedPairs = 0;
  for (const size of predictedSizes.values()) predictedPairs += pairs(size);
  let sharedPairs = 0;
  for (const size of joint.values()) sharedPairs += pairs(size);

  return {
    bcubed: n === 0 ? prf(1, 1) : prf(precisionSum / n, recallSum / n),
    pairs: {
      ...prf(
        predictedPairs === 0 ? 1 : sharedPairs / predictedPairs,
        truePairs === 0 ? 1 : sharedPairs / truePairs,
      ),
      truePairs,
      predictedPairs,
      sharedPairs,
    },
    items: n,
    trueClusters: trueSizes.size,
    predictedClusters: predictedSizes.size,
  };
}
