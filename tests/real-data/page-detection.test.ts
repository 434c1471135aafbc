import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  detectLabelledPages,
  FIELD_FLOORS,
  formatScores,
  scoreDetection,
} from '../../server/detect/evaluate-detection';
import { readPageExpectations } from '../../server/detect/page-expectations';
import { sharedDataFile } from './shared-data';

const pages = sharedDataFile('pages');
const expectations = readPageExpectations(join(import.meta.dirname, 'page-expectations.json'));

describe.skipIf(!pages.available)('article detection on real publisher pages', () => {
  let results: Awaited<ReturnType<typeof detectLabelledPages>>;
  beforeAll(async () => {
    results = await detectLabelledPages(pages.path, expectations);
  }, 120_000);

  it('gets every field right on at least its floor share of pages', () => {
    const scores = scoreDetection(results, expectations.pageUrl);
    console.info(`Article detection on ${results.length} real pages\n${formatScores(scores)}`);
    for (const score of scores) {
      expect
        .soft(score.correct / score.total, `${score.field}: misses ${score.misses.join(', ')}`)
        .toBeGreaterThanOrEqual(FIELD_FLOORS[score.field]);
    }
  });

  it('never calls a reference, product or fiction page an article', () => {
    const falseArticles = results
      .filter((r) => !r.expected.isArticle && r.detection.isArticle)
      .map((r) => r.name);
    expect(falseArticles).toEqual([]);
  });
});
