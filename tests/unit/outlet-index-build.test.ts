import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSources } from '../../core/bundled-catalog';
import { indexEntryCount } from '../../core/source-index';
import { SourceIndexMatcher } from '../../core/source-index-match';
import { bundledIndex } from '../../scripts/build/outlet-index/bundled-index';

const missing = join(tmpdir(), 'parallax-no-such-ratings-dir');

describe('the bundled outlet index (build time)', () => {
  it('without rating files: one warning, and the curated catalog alone', async () => {
    const lines: string[] = [];
    const index = await bundledIndex({ ratingsDir: missing, ci: false, log: (l) => lines.push(l) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/warning: No rating files in .*PARALLAX_RATINGS_DIR/);
    expect(indexEntryCount(index)).toBe(bundledSources.length);
  });

  it('under CI, fails loudly instead of shipping a thin index', async () => {
    await expect(bundledIndex({ ratingsDir: missing, ci: true, log: () => {} })).rejects.toThrow(
      /CI=true: failing rather than shipping a thin index/,
    );
  });

  it('merges the rating files it finds (project-written file in the idiap shape)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-ratings-'));
    writeFileSync(
      join(dir, 'idiap-reliability-scores.json'),
      JSON.stringify({
        'example-nachrichten.de': { 'p+fp-average': 0.83 },
        'whitehouse.gov': { 'p+fp-average': 0.9 },
      }),
    );
    const lines: string[] = [];
    const index = await bundledIndex({ ratingsDir: dir, write: false, log: (l) => lines.push(l) });
    expect(lines).toEqual([expect.stringMatching(/^Parallax: outlet index of \d+ rated outlets/)]);
    const matcher = new SourceIndexMatcher(index);
    expect(matcher.match('https://example-nachrichten.de/a')).toMatchObject({
      name: 'example-nachrichten.de',
      country: 'DE',
      ratings: [{ reliability: 'High reliability', score: 0.83 }],
    });
    expect(matcher.match('https://whitehouse.gov/')).toBeNull();
  });
});
