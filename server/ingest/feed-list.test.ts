import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Source } from '../../core/source';
import type { SourcesPart } from '../store/sources-part';
import { loadFeedTargets } from './feed-list';

const dir = mkdtempSync(join(tmpdir(), 'parallax-feeds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sources = {
  list: async () =>
    [
      { id: 'a', feeds: ['https://a.example/rss', 'https://shared.example/rss'] },
      { id: 'b', feeds: ['https://shared.example/rss'] },
    ] as unknown as Source[],
  match: (url: string) => (url.includes('a.example') ? ({ id: 'a' } as Source) : null),
} as unknown as SourcesPart;

describe('loadFeedTargets', () => {
  it("lists the catalog's feeds once each, with their source", async () => {
    expect(await loadFeedTargets(sources, null)).toEqual([
      { url: 'https://a.example/rss', sourceId: 'a' },
      { url: 'https://shared.example/rss', sourceId: 'a' },
    ]);
  });

  it('reads a feeds file of URLs or objects, matching sources when not given', async () => {
    const file = join(dir, 'feeds.json');
    writeFileSync(
      file,
      JSON.stringify(['https://a.example/x', { url: 'https://z.example/y', sourceId: 'z' }]),
    );
    expect(await loadFeedTargets(sources, file)).toEqual([
      { url: 'https://a.example/x', sourceId: 'a' },
      { url: 'https://z.example/y', sourceId: 'z' },
    ]);
  });

  it('says what is wrong with a bad feeds file', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"url": 1}');
    await expect(loadFeedTargets(sources, file)).rejects.toThrow(/must hold a JSON array/);
    await expect(loadFeedTargets(sources, join(dir, 'missing.json'))).rejects.toThrow(
      /Cannot read the feeds file .*missing\.json: no such file\. Fix PARALLAX_FEEDS_FILE/,
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(
      broken,
      '[\n  "https://a.example/x",\n  "https://b.example/y"\n  "https://c.example/z"\n]',
    );
    await expect(loadFeedTargets(sources, broken)).rejects.toThrow(
      /The feeds file .*broken\.json is not valid JSON at line 4/,
    );
  });
});
