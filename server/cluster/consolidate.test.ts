import { describe, expect, it } from 'vitest';
import { type ClusterArticle, MERGE_PASS, OnlineClusterer } from './clusterer';
import { type DecisionModel, FEATURE_COUNT, type LogisticModel } from './decision';

const DAY = 86_400_000;
const t0 = Date.parse('2021-05-03T12:00:00Z');

/**
 * A decision by the words cosine alone (weights by hand, not the shipped file): with an online
 * join threshold no probability reaches (2), every article opens a story of its own, so what comes
 * together can only have come together in the batch merge pass.
 */
function wordsOnly(threshold: number): DecisionModel {
  const weights = new Array(FEATURE_COUNT).fill(0);
  weights[0] = -3; // bias
  weights[1] = 15; // words (group average)
  const model: LogisticModel = { rank: weights, weights, threshold };
  return { dated: model, undated: model };
}

const court = [
  'Supreme Court sides with police officers in qualified immunity cases',
  'Justices side with police officers accused of excessive force in immunity cases',
];
const pipeline = [
  'Colonial Pipeline restarts operations after ransomware attack',
  'Gas shortages spread as Colonial Pipeline ransomware attack continues',
];
const article = (id: string, title: string, publishedAt: number | null): ClusterArticle => ({
  id,
  title,
  text: `${title}.`,
  publishedAt,
});

function clusterer(options: { consolidation?: null; windowDays?: number } = {}) {
  return new OnlineClusterer({
    model: wordsOnly(2),
    consolidation: {
      ...MERGE_PASS,
      threshold: 0.5,
      undatedThreshold: 0.5,
      // Every story here has one article: let the pass re-decide those too.
      minSize: 1,
      ...(options.windowDays === undefined ? {} : { windowDays: options.windowDays }),
    },
    ...(options.consolidation === null ? { consolidation: null } : {}),
  });
}

describe('OnlineClusterer.consolidate (the batch merge pass)', () => {
  it('merges stories of one event into the older one and keeps other events apart', () => {
    const c = clusterer();
    const placed = [
      c.add(article('a1', court[0] as string, t0)),
      c.add(article('b1', pipeline[0] as string, t0 + 1000)),
      c.add(article('a2', court[1] as string, t0 + DAY)),
      c.add(article('b2', pipeline[1] as string, t0 + DAY + 1000)),
    ];
    expect(placed.every((p) => p.created)).toBe(true);
    expect(c.storyCount).toBe(4);
    expect(c.consolidate()).toEqual([
      ['story-a2', 'story-a1'],
      ['story-b2', 'story-b1'],
    ]);
    expect(c.storyCount).toBe(2);
    // Nothing changed since: the next pass has nothing to do.
    expect(c.consolidate()).toEqual([]);
  });

  it('never merges stories whose coverage is further apart than its window', () => {
    const c = clusterer({ windowDays: 2 });
    c.add(article('a1', court[0] as string, t0));
    c.add(article('a2', court[1] as string, t0 + 3 * DAY));
    expect(c.consolidate()).toEqual([]);
    expect(c.storyCount).toBe(2);
  });

  it('lets later articles join the merged story', () => {
    const c = clusterer();
    c.add(article('a1', court[0] as string, null));
    c.add(article('a2', court[1] as string, null));
    expect(c.consolidate()).toEqual([['story-a2', 'story-a1']]);
    (c.options.model as DecisionModel).undated.threshold = 0.5;
    expect(c.add(article('a3', `${court[0]} again`, null)).storyId).toBe('story-a1');
  });

  it('re-decides only stories changed since the stored state was seeded', () => {
    const c = clusterer();
    c.seed(article('a1', court[0] as string, t0), 'stored-1');
    c.seed(article('a2', court[1] as string, t0), 'stored-2');
    // Stored stories stay as stored until something new touches them.
    expect(c.consolidate()).toEqual([]);
    c.add(article('a3', court[1] as string, t0 + 1000));
    const merges = c.consolidate();
    expect(merges.length).toBeGreaterThan(0);
    for (const [, into] of merges) expect(['stored-1', 'stored-2']).toContain(into);
  });

  it('re-decides no story below its minimum size (such stories can still be absorbed)', () => {
    const c = new OnlineClusterer({
      // Online, only a near-copy joins (probability ≥ 0.99); the pass merges at 0.5.
      model: wordsOnly(0.99),
      consolidation: {
        ...MERGE_PASS,
        threshold: 0.5,
        minSize: 2,
      },
    });
    c.add(article('a1', court[0] as string, t0));
    c.add(article('a2', court[1] as string, t0 + 1000));
    expect(c.storyCount).toBe(2);
    expect(c.consolidate()).toEqual([]);
    expect(c.add(article('a3', court[1] as string, t0 + 2000)).storyId).toBe('story-a2');
    expect(c.consolidate()).toEqual([['story-a2', 'story-a1']]);
  });

  it('does nothing without the option', () => {
    const c = clusterer({ consolidation: null });
    c.add(article('a1', court[0] as string, t0));
    c.add(article('a2', court[1] as string, t0));
    expect(c.consolidate()).toEqual([]);
    expect(c.storyCount).toBe(2);
  });

  it('is deterministic', () => {
    const run = () => {
      const c = clusterer();
      for (const [i, title] of [...court, ...pipeline].entries())
        c.add(article(`x${i}`, title, t0 + i * 1000));
      return c.consolidate();
    };
    expect(run()).toEqual(run());
  });
});
