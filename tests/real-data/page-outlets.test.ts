import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bundledPortals, bundledSources } from '../../core/bundled-catalog';
import { withPortalFlags } from '../../core/catalog';
import { buildSourceIndex } from '../../core/source-index';
import { SourceIndexMatcher } from '../../core/source-index-match';
import { detectLabelledPages, type PageResult } from '../../server/detect/evaluate-detection';
import { readPageExpectations } from '../../server/detect/page-expectations';
import { buildOutletIndex } from '../../server/ratings/build-outlet-index';
import { sharedDataFile } from './shared-data';

const pages = sharedDataFile('pages');
const ratings = sharedDataFile('ratings');
const expectations = readPageExpectations(join(import.meta.dirname, 'page-expectations.json'));
const Labels = z.object({
  newsArticles: z.record(z.string(), z.string()),
  notFromAnOutlet: z.record(z.string(), z.string()),
});
const labels = Labels.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, 'page-outlets.json'), 'utf8')),
);

/** The share of news articles the matcher gives their right outlet; 19 of 20 when written. */
const FLOOR = 0.9;

/** The outlet the extension would show for a page: detection (core/detect), then the index. */
function outletOf(result: PageResult, matcher: SourceIndexMatcher): string | null {
  if (!result.detection.isArticle) return null;
  return matcher.match(result.detection.article.url)?.id ?? null;
}

describe.skipIf(!pages.available || !ratings.available)(
  'pages → outlet: detection and the outlet index on real publisher pages',
  () => {
    let results: PageResult[];
    let full: SourceIndexMatcher;
    beforeAll(async () => {
      results = await detectLabelledPages(pages.path, expectations);
      const catalog = withPortalFlags(bundledSources, bundledPortals);
      full = new SourceIndexMatcher((await buildOutletIndex(catalog, ratings.path)).index);
    }, 120_000);

    it('labels every page it scores', () => {
      const names = new Set(results.map((r) => r.name));
      for (const name of [
        ...Object.keys(labels.newsArticles),
        ...Object.keys(labels.notFromAnOutlet),
      ]) {
        expect(names.has(name), name).toBe(true);
      }
    });

    it('gives at least 90% of the news articles their right outlet', () => {
      const catalogOnly = new SourceIndexMatcher(
        buildSourceIndex(withPortalFlags(bundledSources, bundledPortals)),
      );
      const score = (matcher: SourceIndexMatcher) =>
        results.filter((r) => {
          const expected = labels.newsArticles[r.name];
          return expected !== undefined && outletOf(r, matcher) === expected;
        });
      const total = Object.keys(labels.newsArticles).length;
      const right = score(full);
      const misses = Object.keys(labels.newsArticles).filter(
        (name) => !right.some((r) => r.name === name),
      );
      console.info(
        `Pages → outlet: ${right.length} of ${total} news articles get the right outlet with ` +
          `the full index (${score(catalogOnly).length} with the curated catalog alone); ` +
          `missed: ${misses.join(', ') || 'none'}`,
      );
      expect(right.length / total, `missed: ${misses.join(', ')}`).toBeGreaterThanOrEqual(FLOOR);
    });

    it('gives no outlet to an article that is not from a news outlet, nor to a non-article', () => {
      const wrong = results
        .filter((r) => !(r.name in labels.newsArticles))
        .filter((r) => outletOf(r, full) !== null)
        .map((r) => `${r.name} → ${outletOf(r, full)}`);
      expect(wrong).toEqual([]);
    });
  },
);
