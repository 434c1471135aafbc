import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../testing/test-databases';
import { FIXTURES } from '../testing/test-store';
import { testStores } from '../testing/test-stores';
import { ImportError, importJsonl } from './import-jsonl';
import { formatImportSummary } from './import-summary';

describeEachBackend('importJsonl', (_kind, createDatabase) => {
  const freshStore = testStores(createDatabase);

  it('imports articles, matches sources and stories, and reports the counts', async () => {
    const backend = await freshStore();
    const file = path.join(FIXTURES, 'story-articles.jsonl');
    const summary = await importJsonl(backend, file);
    expect(summary).toMatchObject({
      linesRead: 8,
      imported: 8,
      updated: 0,
      stories: 2,
      withoutStory: 1,
      // a5 and a6 ("Some Blog") are not in the catalog.
      matchedSources: 6,
    });
    expect(summary.rejected.size).toBe(0);
    const again = await importJsonl(backend, file);
    expect(again).toMatchObject({ imported: 0, updated: 8 });
    expect((await backend.stories.story('s1'))?.articleCount).toBe(6);
  });

  it('counts rejected lines by reason with their line numbers and goes on', async () => {
    const backend = await freshStore();
    const summary = await importJsonl(backend, path.join(FIXTURES, 'with-bad-lines.jsonl'));
    expect(summary).toMatchObject({ linesRead: 10, blankLines: 1, imported: 2, stories: 1 });
    expect(Object.fromEntries(summary.rejected)).toEqual({
      'not valid JSON': { count: 2, firstLines: [2, 10] },
      'missing or invalid "title"': { count: 1, firstLines: [4] },
      'invalid "url" (not an http(s) URL)': { count: 1, firstLines: [5] },
      'invalid "published" date': { count: 1, firstLines: [6] },
      'missing or invalid "id"': { count: 1, firstLines: [7] },
      'not a JSON object': { count: 1, firstLines: [8] },
    });
    const text = formatImportSummary(summary);
    expect(text).toContain('rejected lines:    7');
    expect(text).toContain('2 × not valid JSON (line 2, 10)');
  });

  it('stops on a batch the database refuses, keeping earlier batches and none of that one', async () => {
    const backend = await freshStore();
    // Breaks one article of the second batch (lines 3–4) so that the database refuses it.
    const sabotaged = {
      store: backend.store,
      stories: {
        storeArticles: (articles: Parameters<typeof backend.stories.storeArticles>[0]) =>
          backend.stories.storeArticles(
            articles.map((a) => (a.id === 'a4' ? { ...a, sourceId: 'no-such-source' } : a)),
          ),
      },
    };
    const importing = importJsonl(sabotaged, path.join(FIXTURES, 'story-articles.jsonl'), {
      batchSize: 2,
    });
    await expect(importing).rejects.toBeInstanceOf(ImportError);
    await expect(importing).rejects.toThrow(
      /lines 3–4 .* None of those lines were saved; the 2 articles/,
    );
    const byUrl = (url: string) => backend.store.articles.byUrl(url);
    expect(await byUrl('https://cnn.com/2024/05/01/politics/rates')).not.toBeNull();
    expect(await byUrl('https://foxnews.com/politics/rates')).toBeNull();
    expect((await backend.stories.story('s1'))?.articles.map((a) => a.id).sort()).toEqual([
      'a1',
      'a2',
    ]);
  });

  it('says clearly when the file does not exist', async () => {
    const backend = await freshStore();
    await expect(importJsonl(backend, '/no/such/file.jsonl')).rejects.toThrow(
      'Cannot read /no/such/file.jsonl: no such file. Give the path to a .jsonl file.',
    );
  });
});
