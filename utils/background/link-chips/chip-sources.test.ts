import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setChipSite } from '../../link-chips/chip-sites';
import { chipScriptsFor } from './chip-scripts';
import { chipSources } from './chip-sources';

beforeEach(() => fakeBrowser.reset());

describe('chipSources', () => {
  it('answers nothing for a tab on a site that is off (the default)', async () => {
    await expect(
      chipSources(['https://www.reuters.com/world/'], 'https://news.ycombinator.com/'),
    ).rejects.toThrow(/off for this site/);
    await expect(chipSources(['https://www.reuters.com/world/'], undefined)).rejects.toThrow();
  });

  it('names each outlet once, and -1 for links to no outlet in the index', async () => {
    await setChipSite('hacker-news', true);
    const answer = await chipSources(
      ['https://www.reuters.com/world/a', 'https://example.org/x', 'https://www.reuters.com/b'],
      'https://news.ycombinator.com/news',
    );
    expect(answer.sources.map((source) => source.id)).toEqual(['reuters']);
    expect(answer.matches).toEqual([0, -1, 0]);
    // A site turned on does not open the others.
    await expect(
      chipSources(['https://www.reuters.com/world/'], 'https://www.google.com/search?q=x'),
    ).rejects.toThrow(/off for this site/);
  });
});

describe('chipScriptsFor', () => {
  it('registers one script per site turned on, under the link-chips- prefix, and none otherwise', () => {
    expect(chipScriptsFor([])).toEqual([]);
    expect(chipScriptsFor(['reddit'])).toEqual([
      {
        id: 'link-chips-reddit',
        matches: ['*://www.reddit.com/*', '*://old.reddit.com/*'],
        js: ['content-scripts/link-chips.js'],
        runAt: 'document_idle',
      },
    ]);
  });
});
