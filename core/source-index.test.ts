import { describe, expect, it } from 'vitest';
import { bundledSources } from './bundled-catalog';
import type { Source } from './source';
import { buildSourceIndex, SourceIndex, sourcesForIndex } from './source-index';
import { SourceIndexMatcher } from './source-index-match';
import { SourceMatcher } from './source-match';
import { TEST_SOURCES, URL_CASES } from './source-match.cases';

/** What the index keeps of a source: everything the card and badge show. */
function carded(source: Source) {
  return {
    ...source,
    aliases: undefined,
    feeds: [],
    ratings: source.ratings.map((r) => ({ ...r, entry: null, provenance: undefined })),
  };
}

describe('source index', () => {
  const index = buildSourceIndex(bundledSources);
  const matcher = new SourceIndexMatcher(SourceIndex.parse(JSON.parse(JSON.stringify(index))));

  it('round-trips every catalog source through JSON and the schema', () => {
    const full = new SourceMatcher(bundledSources);
    for (const source of bundledSources) {
      const url = `https://${source.domains[0]?.replace(/\*/g, '2025')}/x`;
      const matched = matcher.match(url);
      expect(matched?.id).toBe(full.match(url)?.id);
      if (matched?.id !== source.id) continue;
      expect(JSON.parse(JSON.stringify(matched))).toEqual(
        JSON.parse(JSON.stringify(carded(source))),
      );
    }
  });

  it('matches the URL table exactly as the full matcher does', () => {
    const withTests = [
      ...bundledSources,
      ...TEST_SOURCES.map((s) => ({ ...s, name: s.id, ratings: [] }) as unknown as Source),
    ];
    const fromIndex = new SourceIndexMatcher(buildSourceIndex(withTests));
    for (const [url, expected] of URL_CASES) {
      expect(fromIndex.match(url)?.id ?? null, url).toBe(expected);
    }
  });

  it('keeps curated sources and uncurated ones with any rating, bias or reliability', () => {
    const base = bundledSources[0] as Source;
    const reliabilityOnly = { ...base, id: 'x', uncurated: true, position: null };
    const unrated = { ...base, id: 'y', uncurated: true, ratings: [], position: null };
    expect(sourcesForIndex([base, reliabilityOnly, unrated]).map((s) => s.id)).toEqual([
      base.id,
      'x',
    ]);
  });

  it('rejects a malformed index', () => {
    expect(SourceIndex.safeParse({ ...index, format: 'other' }).success).toBe(false);
    expect(SourceIndex.safeParse({ ...index, sources: [['a']] }).success).toBe(false);
  });
});
