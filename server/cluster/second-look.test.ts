import { describe, expect, it } from 'vitest';
import { type ClusterArticle, MERGE_PASS, OnlineClusterer } from './clusterer';
import { type DecisionModel, FEATURE_COUNT, type LogisticModel, TIME_KERNELS } from './decision';

const DAY = 86_400_000;
const t0 = Date.parse('2021-05-03T12:00:00Z');

/**
 * Words plus "same moment as the newest article" (σ 1 day), by hand: one event's coverage three
 * days apart is refused by the time kernel (as the shipped model refuses spread coverage), the
 * same coverage at one moment is not. The online threshold (2) is never reached: every article
 * opens a story, and only the merge pass can bring them together.
 */
function timeHeavy(): DecisionModel {
  const weights = new Array(FEATURE_COUNT).fill(0);
  weights[0] = -8; // bias
  weights[1] = 15; // words (group average)
  weights[TIME_KERNELS] = 5; // the first kernel: σ 1 day from the story's newest article
  const model: LogisticModel = { rank: weights, weights, threshold: 2 };
  return { dated: model, undated: model };
}

const court = [
  'Supreme Court sides with police officers in qualified immunity cases',
  'Justices side with police officers accused of excessive force in immunity cases',
];
const article = (
  id: string,
  title: string,
  publishedAt: number | null,
  outlet: string | null,
): ClusterArticle => ({ id, title, text: `${title}.`, publishedAt, outlet });

function clusterer(second: { sameMoment?: number | null; averageLink?: number | null }) {
  return new OnlineClusterer({
    model: timeHeavy(),
    consolidation: {
      ...MERGE_PASS,
      // The ordinary re-decision (same model, same time features) would refuse too: off, so
      // what merges here is the second look's doing.
      threshold: null,
      sameMoment: null,
      averageLink: null,
      ...second,
    },
  });
}

/** Two articles of the court story three days apart, from the outlets given. */
function spread(c: OnlineClusterer, first: string | null, second: string | null) {
  c.add(article('a1', court[0] as string, t0, first));
  c.add(article('a2', court[1] as string, t0 + 3 * DAY, second));
  return c.consolidate();
}

describe('the merge pass second look at coverage spread over days', () => {
  it('merges two outlets’ coverage days apart that the time features refuse', () => {
    expect(spread(clusterer({ sameMoment: null }), 'CNBC', 'Fox News')).toEqual([]);
    expect(spread(clusterer({ sameMoment: 0.5 }), 'CNBC', 'Fox News')).toEqual([
      ['story-a2', 'story-a1'],
    ]);
  });

  it('never merges stories sharing an outlet, or whose outlets are not all known', () => {
    expect(spread(clusterer({ sameMoment: 0.5 }), 'CNBC', 'CNBC')).toEqual([]);
    expect(spread(clusterer({ sameMoment: 0.5 }), 'CNBC', null)).toEqual([]);
  });

  it('never merges undated stories (no time kept them apart)', () => {
    const c = clusterer({ sameMoment: 0.5 });
    c.add(article('a1', court[0] as string, null, 'CNBC'));
    c.add(article('a2', court[1] as string, null, 'Fox News'));
    expect(c.consolidate()).toEqual([]);
  });

  it('with an average-link bar too, needs both', () => {
    expect(spread(clusterer({ sameMoment: 0.5, averageLink: 0.99 }), 'CNBC', 'BBC')).toEqual([]);
    expect(spread(clusterer({ sameMoment: 0.5, averageLink: 0.05 }), 'CNBC', 'BBC')).toEqual([
      ['story-a2', 'story-a1'],
    ]);
    // The average-link bar alone.
    expect(spread(clusterer({ averageLink: 0.05 }), 'CNBC', 'BBC')).toEqual([
      ['story-a2', 'story-a1'],
    ]);
  });
});
