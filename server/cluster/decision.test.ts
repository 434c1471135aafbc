import { describe, expect, it } from 'vitest';
import {
  FEATURE_COUNT,
  joinProbabilities,
  type LogisticModel,
  RANK_MARGIN,
  rankMargins,
} from './decision';

describe('the rank margin of the join decision', () => {
  it("is each candidate's ranking logit minus the best other's, capped, the cap for a lone one", () => {
    expect(rankMargins([2, 0.5, -1])).toEqual([1.5, -1.5, -3]);
    expect(rankMargins([40, 0])).toEqual([10, -10]);
    expect(rankMargins([3])).toEqual([10]);
    expect(rankMargins([])).toEqual([]);
  });

  it('adds its weight times the margin to each join logit', () => {
    const weights = new Array(FEATURE_COUNT).fill(0);
    const model: LogisticModel = { rank: weights, weights: [...weights], threshold: 0.5 };
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    expect(joinProbabilities(model, [1, 0], [0.2, -0.4])).toEqual([sigmoid(0.2), sigmoid(-0.4)]);
    model.weights[RANK_MARGIN] = 0.5;
    const [first, second] = joinProbabilities(model, [1, 0], [0.2, -0.4]);
    expect(first).toBeCloseTo(sigmoid(0.2 + 0.5), 12);
    expect(second).toBeCloseTo(sigmoid(-0.4 - 0.5), 12);
  });
});
