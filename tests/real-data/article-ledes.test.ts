import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPageExpectations } from '../../server/detect/page-expectations';
import { extractLedesFromPages, type PageLedeResult } from '../../server/ingest/evaluate-ledes';
import { LEDE_CHARS, MIN_LEDE_CHARS } from '../../server/ingest/extract-lede';
import { sharedDataFile } from './shared-data';

/**
 * Lede extraction (server/ingest/extract-lede.ts: happy-dom + Readability) on the real pages of
 * ../shared/data/pages, labelled article or not in page-expectations.json. Each page also has
 * `readability-metadata.json`, what Mozilla's own test run (Readability on jsdom) found: our
 * byline and time must agree with it, which checks decoding and happy-dom as much as us.
 */
const pages = sharedDataFile('pages');
const expectations = readPageExpectations(join(import.meta.dirname, 'page-expectations.json'));

/** Words of four letters or more, cut to five, so "frustration" meets "frustrated". */
const words = (text: string) =>
  new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));

describe.skipIf(!pages.available)('article ledes from real publisher pages', () => {
  let results: PageLedeResult[];
  beforeAll(async () => {
    results = await extractLedesFromPages(pages.path, expectations.pageUrl);
  }, 180_000);
  const articles = () => results.filter((r) => expectations.pages[r.name]?.isArticle === true);

  it('finds a lede on (nearly) every article page', () => {
    const withLede = results.filter((r) => r.lede);
    const articlesWithLede = articles().filter((r) => r.lede);
    console.info(
      `Ledes: ${withLede.length} of ${results.length} pages, ${articlesWithLede.length} of ${articles().length} article pages`,
    );
    expect(articles().length).toBeGreaterThanOrEqual(20);
    expect(articlesWithLede.length / articles().length).toBeGreaterThanOrEqual(0.95);
    for (const { lede } of withLede) {
      expect(lede?.lede.length).toBeGreaterThanOrEqual(MIN_LEDE_CHARS);
      expect(lede?.lede.length).toBeLessThanOrEqual(LEDE_CHARS);
    }
  });

  it('takes the lede from the story, not the page around it: it shares words with the title', () => {
    const onTopic = articles().filter((r) => {
      const expected = expectations.pages[r.name];
      if (!expected?.isArticle || !r.lede) return false;
      const lede = words(r.lede.lede);
      return [...words(expected.title)].some((w) => lede.has(w));
    });
    const misses = articles()
      .filter((r) => !onTopic.includes(r))
      .map((r) => r.name);
    console.info(`Ledes sharing a word with the title: ${onTopic.length} of ${articles().length}`);
    expect(
      onTopic.length / articles().length,
      `misses: ${misses.join(', ')}`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('agrees with Mozilla’s reference run on byline and publication time', () => {
    for (const result of results) {
      if (!result.lede) continue;
      const reference = JSON.parse(
        readFileSync(join(pages.path, result.name, 'readability-metadata.json'), 'utf8'),
      ) as { byline?: string | null; publishedTime?: string | null };
      const byline = reference.byline?.replace(/\s+/g, ' ').trim() || null;
      expect.soft(result.lede.byline, `${result.name} byline`).toBe(byline);
      // Compared where the reference has an offset: without one it was read in jsdom's time zone.
      const time = reference.publishedTime ?? '';
      if (/(Z|[+-]\d{2}:?\d{2})$/.test(time) && !Number.isNaN(Date.parse(time))) {
        expect
          .soft(result.lede.publishedAt, `${result.name} published`)
          .toBe(new Date(Date.parse(time)).toISOString());
      }
    }
  });
});
