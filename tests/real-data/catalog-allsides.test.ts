import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSources } from '../../core/bundled-catalog';
import { sharedDataFile } from './shared-data';

const csv = sharedDataFile('ratings/allsides-2023-11-15.csv');

/** AllSides entry name → its published label, from the 2023-11-15 snapshot. */
function allSidesLabels(path: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    // Columns: news_source,news_link,bias_rating,community_feedback — names may hold commas.
    const fields = line.split(',');
    if (fields.length < 4) continue;
    const label = fields.at(-2) as string;
    const name = fields.slice(0, -3).join(',').replace(/^"|"$/g, '');
    labels.set(name, label);
  }
  return labels;
}

describe.skipIf(!csv.available)('catalog agrees with AllSides (2023-11-15 snapshot)', () => {
  const labels = csv.available ? allSidesLabels(csv.path) : new Map();
  const allSidesRatings = bundledSources.flatMap((source) =>
    source.ratings
      .filter((rating) => rating.rater === 'AllSides')
      .map((rating) => ({ source: source.id, rating })),
  );

  it('has AllSides ratings to check', () => {
    expect(allSidesRatings.length).toBeGreaterThan(20);
  });

  it.each(allSidesRatings)('$source', ({ rating }) => {
    expect(rating.entry, 'each AllSides rating names its AllSides entry').not.toBeNull();
    expect(labels.get(rating.entry as string)).toBe(rating.label);
  });
});
