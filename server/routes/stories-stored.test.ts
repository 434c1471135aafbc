import { expect, it } from 'vitest';
import { importJsonl } from '../import/import-jsonl';
import { formatImportSummary } from '../import/import-summary';
import { MAX_TEXT_CHARS } from '../ingest/article-caps';
import { jsonlFiles } from '../testing/jsonl-files';
import { describeEachBackend } from '../testing/test-databases';
import { buildTestApp } from '../testing/test-store';
import { testStores } from '../testing/test-stores';

describeEachBackend('GET /v1/stories/:id reads the stored story', (_kind, createDatabase) => {
  const openStore = testStores(createDatabase);
  const jsonl = jsonlFiles();

  it('serves the view stored when the story changed, without building it again', async () => {
    const backend = await openStore();
    await importJsonl(
      backend,
      jsonl('a.jsonl', [
        { id: 'a1', story: 's', title: 'Dam bursts upstream', source: 'CNN' },
        { id: 'a2', story: 's', title: 'Dam bursts, towns evacuated', source: 'Fox News' },
      ]),
    );
    const stored = await backend.stories.story('s');
    // Nothing is computed per request: the route sends the stored text, read once.
    const read = backend.stories.storyJson.bind(backend.stories);
    let reads = 0;
    backend.stories.storyJson = (id) => {
      reads += 1;
      return read(id);
    };
    backend.store.stories.records = async () => {
      throw new Error('a request must not read story records');
    };
    const app = await buildTestApp(backend);
    const response = await app.inject('/v1/stories/s');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(stored);
    expect(reads).toBe(1);
    await app.close();
  });

  it('caps an imported article of 3.8 MB of text, counts it, and still serves its story', async () => {
    const backend = await openStore();
    const huge = 'The dam held for a while. '.repeat(150_000);
    expect(huge.length).toBeGreaterThan(3_800_000);
    const summary = await importJsonl(
      backend,
      jsonl('huge.jsonl', [{ id: 'h1', story: 'huge', title: 'Dam holds', text: huge }]),
    );
    expect(summary.capped).toBe(1);
    expect(formatImportSummary(summary)).toContain('cut to the caps:   1');
    const stored = await backend.store.articles.stored({ id: 'h1' });
    expect(stored?.text?.length).toBe(MAX_TEXT_CHARS);
    const app = await buildTestApp(backend);
    const response = await app.inject('/v1/stories/huge');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: 'huge', articleCount: 1 });
    await app.close();
  });
});
