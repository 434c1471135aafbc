import { describe, expect, it } from 'vitest';
import { bundledPortals, bundledSources } from './bundled-catalog';
import { parseCatalogPortals, withPortalFlags } from './catalog';
import { buildSourceIndex } from './source-index';
import { SourceIndexMatcher } from './source-index-match';

describe('catalog portals', () => {
  it('lists the big portals, and the index carries the flag to the matched source', () => {
    for (const id of ['msn', 'yahoo', 'yahoo-news', 'yahoo-finance', 'aol']) {
      expect(bundledPortals.has(id), id).toBe(true);
    }
    const index = buildSourceIndex(withPortalFlags(bundledSources, bundledPortals));
    const matcher = new SourceIndexMatcher(index);
    expect(matcher.match('https://www.msn.com/en-us/money/story/ar-AA1')).toMatchObject({
      id: 'msn',
      portal: true,
    });
    expect(matcher.match('https://finance.yahoo.com/news/story.html')?.portal).toBe(true);
    expect(matcher.match('https://www.lemonde.fr/x')?.portal).toBeUndefined();
  });

  it('rejects a portal id that names no source', () => {
    const file = { version: 1, portals: ['nope'], sources: [] };
    expect(() => parseCatalogPortals(file)).toThrow(/"nope" as a portal/);
  });
});
