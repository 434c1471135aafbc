import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Source } from '../../core/source';
import { SourceIndex } from '../../core/source-index';
import { SourceIndexMatcher } from '../../core/source-index-match';
import { importRatings } from '../ratings/import-ratings';
import { testApp } from '../testing/test-app';
import { describeEachBackend } from '../testing/test-databases';
import { FIXTURES } from '../testing/test-store';
import { etagMatches } from './source-index-cache';

describeEachBackend('sources API', (_kind, createDatabase) => {
  const app = testApp(createDatabase, {
    fill: async (store) => {
      await importRatings(store.store, path.join(FIXTURES, 'ratings-generic.csv'), 'csv');
      // Project-written, in the idiap file's shape: one domain no one else rates.
      const idiap = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-idiap-')), 'idiap.json');
      writeFileSync(idiap, JSON.stringify({ 'example-zeitung.de': { 'p+fp-average': -0.612 } }));
      await importRatings(store.store, idiap, 'idiap');
    },
  });

  it('GET /v1/sources/index: an outlet only idiap scores is in it, as the bundled build has it', async () => {
    const index = SourceIndex.parse((await app.inject('/v1/sources/index')).json());
    expect(index.format).toBe('parallax-source-index/2');
    expect(index.sites?.[0]?.[3]).toBe('0example-zeitung.de');
    const zeitung = new SourceIndexMatcher(index).match('https://www.example-zeitung.de/a');
    expect(zeitung).toMatchObject({
      name: 'example-zeitung.de',
      inferred: ['country', 'language', 'name'],
      country: 'DE',
      ratings: [{ label: '-0.61', reliability: 'Low reliability', score: -0.61 }],
    });
    // The store keeps no portal flag; the index has it from the catalog's list.
    expect(new SourceIndexMatcher(index).match('https://www.msn.com/en-us/x')).toMatchObject({
      id: 'msn',
      portal: true,
    });
  });

  it('GET /v1/sources/index: a valid index with an ETag; 304 when unchanged', async () => {
    const first = await app.inject('/v1/sources/index');
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const index = SourceIndex.parse(first.json());
    const matcher = new SourceIndexMatcher(index);
    expect(matcher.match('https://www.reuters.com/world/x')?.ratings.map((r) => r.rater)).toEqual([
      'AllSides',
      'Example Ratings',
    ]);
    // The uncurated source created by the import carries a bias position, so it is indexed.
    expect(matcher.match('https://example-local-news.com/x')).toMatchObject({
      id: 'site-example-local-news-com',
      uncurated: true,
      position: 3,
    });
    const again = await app.inject({
      url: '/v1/sources/index',
      headers: { 'if-none-match': `W/"other", ${etag}` },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('GET /v1/sources/:domain: every rating with its attribution, score and provenance', async () => {
    const response = await app.inject('/v1/sources/www.reuters.com');
    expect(response.statusCode).toBe(200);
    const reuters = Source.parse(response.json());
    expect(reuters.ratings.at(-1)).toMatchObject({
      rater: 'Example Ratings',
      score: 0.9,
      attribution: 'Example Ratings (licensed to this operator)',
      provenance: { file: 'ratings-generic.csv', line: 2, format: 'csv' },
    });
  });
});

describe('etagMatches', () => {
  it.each([
    ['"a"', true],
    ['W/"a"', true],
    ['"b", "a"', true],
    ['*', true],
    ['"b"', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(etagMatches(header, '"a"')).toBe(expected);
  });
});
