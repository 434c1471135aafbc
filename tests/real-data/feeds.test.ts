import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedBody } from '../../server/ingest/parse-feed';
import { sharedDataFile } from './shared-data';

/**
 * Every real feed in ../shared/data/feeds parses (read in place, never copied), with the items
 * a reader would expect: a title and an http(s) link each. Counts are items kept (entries with
 * neither link nor title are dropped, e.g. missing-fields.atom's only entry).
 */
const EXPECTED: Record<string, { format: string; items: number }> = {
  'atom-feed-standard-realworld.xml': { format: 'atom', items: 38 },
  'content-encoded.rss': { format: 'rss', items: 7 },
  'craigslist.rss': { format: 'rdf', items: 25 },
  'encoding.rss': { format: 'rss', items: 40 },
  'feedburner.atom': { format: 'atom', items: 25 },
  'guardian.rss': { format: 'rss', items: 55 },
  'heise.atom': { format: 'atom', items: 15 },
  'heraldsun.rss': { format: 'rss', items: 2 },
  'incomplete-fields.atom': { format: 'atom', items: 0 },
  'instant-article.rss': { format: 'rss', items: 1 },
  'json-feed-standard-realworld.json': { format: 'json', items: 10 },
  'medium-feed.xml': { format: 'rss', items: 3 },
  'missing-fields.atom': { format: 'atom', items: 0 },
  'narro.rss': { format: 'rss', items: 1 },
  'rdf-standard.xml': { format: 'rdf', items: 3 },
  'reddit.rss': { format: 'rss', items: 24 },
  'rss-1.rss': { format: 'rdf', items: 69 },
  'rss-feed-standard-realworld.xml': { format: 'rss', items: 38 },
  'uolNoticias.rss': { format: 'rss', items: 15 },
};

const feeds = sharedDataFile('feeds');

describe.skipIf(!feeds.available)('real feeds in ../shared/data/feeds', () => {
  const files = feeds.available ? readdirSync(feeds.path).sort() : [];

  it('holds every feed this suite knows (and this suite knows every feed)', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s parses with the expected items', (file) => {
    const result = parseFeedBody(readFileSync(join(feeds.path, file)));
    if (!result.ok) throw new Error(`${file}: ${result.reason}`);
    expect({ format: result.format, items: result.items.length }).toEqual(EXPECTED[file]);
    for (const item of result.items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.url).toMatch(/^https?:\/\//);
      // Decoded text: no mojibake replacement characters, no leftover markup or entities.
      expect(item.title).not.toMatch(/\uFFFD|<\/?[a-z][^>]*>|&(amp|lt|gt|#\d+);/i);
    }
  });

  it('decodes Latin-1 feeds with and without a declaration', () => {
    const uol = parseFeedBody(readFileSync(join(feeds.path, 'uolNoticias.rss')));
    const jn = parseFeedBody(readFileSync(join(feeds.path, 'encoding.rss')));
    expect(uol.ok && uol.items[0]?.title).toContain('simulações de 2º turno');
    expect(jn.ok && jn.items[0]?.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
  });

  it('reads dates and summaries across formats', () => {
    const guardian = parseFeedBody(readFileSync(join(feeds.path, 'guardian.rss')));
    const json = parseFeedBody(readFileSync(join(feeds.path, 'json-feed-standard-realworld.json')));
    expect(guardian.ok && guardian.items[0]?.publishedAt).toMatch(/^2018-/);
    expect(json.ok && json.items[0]?.publishedAt).toBe('2022-07-26T13:01:01.000Z');
    expect(guardian.ok && guardian.items[0]?.summary).toMatch(/new American moment/);
  });
});
