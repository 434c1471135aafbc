import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Source } from '../../core/source';
import type { Repository } from '../store/repository';
import { loadFeedTargets } from './feed-list';

const dir = mkdtempSync(join(tmpdir(), 'parallax-feeds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const repository = {
  listSources: async () =>
    [
      { id: 'a', feeds: ['https://a.example/rss', 'https://shared.example/rss'] },
      { id: 'b', feeds: ['https://shared.example/rss'] },
    ] as unknown as Source[],
  matchSource: (url: string) => (url.includes('a.example') ? ({ id: 'a' } as Source) : null),
} as unknown as Repository;

describe('loadFeedTargets', () => {
  it("lists the catalog's feeds once each, with their source", async () => {
    expect(await loadFeedTargets(repository, null)).toEqual([
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
    expect(await loadFeedTargets(repository, file)).toEqual([
      { url: 'https://a.example/x', sourceId: 'a' },
      { url: 'https://z.example/y', sourceId: 'z' },
    ]);
  });

  it('says what is wrong with a bad feeds file', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"url": 1}');
    await expect(loadFeedTargets(repository, file)).rejects.toThrow(/must hold a JSON array/);
    await expect(loadFeedTargets(repository, join(dir, 'missing.json'))).rejects.toThrow(
      /Cannot read the feeds file/,
    );
  });
});
