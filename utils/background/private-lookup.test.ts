import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bucketOfHash } from '../../core/lookup-bucket';
import { urlHash } from '../../core/url-hash';
import { fakeBackend, requestsOf } from '../../tests/fixtures/extension/fake-backend';
import { detectedArticle, storyPreview } from '../../tests/fixtures/extension/fixtures';
import { db } from './db';
import { rememberSplit, storedSplit } from './lookup-split';
import { lookupPrivately } from './private-lookup';

const BACKEND = 'http://127.0.0.1:8787';
const URL_READ = detectedArticle.url;

describe('lookupPrivately', () => {
  beforeEach(() => db.lookupSplits.clear());
  afterEach(() => vi.unstubAllGlobals());

  const serve = (options: Parameters<typeof fakeBackend>[0]) => {
    const mock = fakeBackend(options);
    vi.stubGlobal('fetch', mock);
    return mock;
  };

  it('picks its own article by the full hash, and its story’s preview by the article’s story id', async () => {
    serve({ buckets: 8 });
    const answer = await lookupPrivately(BACKEND, URL_READ);
    expect(answer.article?.id).toBe('a-reuters');
    expect(answer.story).toEqual(storyPreview);
    expect(answer.source).toBeNull();
  });

  it('sends only the bucket and the split: never the URL, its hash nor anything longer', async () => {
    const mock = serve({ buckets: 8 });
    await lookupPrivately(BACKEND, URL_READ);
    const hash = await urlHash(URL_READ);
    const sent = JSON.stringify(
      mock.mock.calls.map(([input, init]) => [String(input), init?.body]),
    );
    expect(sent).not.toContain(hash.slice(0, 8));
    expect(sent).not.toContain(URL_READ);
    expect(requestsOf(mock)[1]?.body).toEqual({ bucket: bucketOfHash(hash, 8), buckets: 8 });
  });

  it('learns a new split from the answer, without asking again for a whole answer', async () => {
    await rememberSplit(BACKEND, 4);
    const mock = serve({ buckets: 16 });
    const answer = await lookupPrivately(BACKEND, URL_READ);
    // The bucket of 4 holds every article the bucket of 16 would: found with one request.
    expect(answer.article?.id).toBe('a-reuters');
    expect(requestsOf(mock).map((request) => request.path)).toEqual(['/v1/lookup/prefix']);
    expect(await storedSplit(BACKEND)).toBe(16);
  });

  it('asks once more with the backend’s split when its answer was cut and lacked the article', async () => {
    await rememberSplit(BACKEND, 4);
    const mock = serve({ buckets: 16, truncatedUnder: [4] });
    const answer = await lookupPrivately(BACKEND, URL_READ);
    expect(answer.article?.id).toBe('a-reuters');
    const hash = await urlHash(URL_READ);
    expect(requestsOf(mock).map((request) => request.body)).toEqual([
      { bucket: bucketOfHash(hash, 4), buckets: 4 },
      { bucket: bucketOfHash(hash, 16), buckets: 16 },
    ]);
  });

  it('never repeats the same request: a cut answer under the backend’s own split is final', async () => {
    await rememberSplit(BACKEND, 16);
    const mock = serve({ buckets: 16, truncatedUnder: [16] });
    const answer = await lookupPrivately(BACKEND, URL_READ);
    expect(answer).toEqual({ source: null, article: null, story: null });
    expect(mock).toHaveBeenCalledOnce();
  });

  it('finds nothing, with one request, for an article the backend does not hold', async () => {
    await rememberSplit(BACKEND, 4);
    const mock = serve({ buckets: 16 });
    const answer = await lookupPrivately(BACKEND, 'https://reuters.com/world/unknown');
    expect(answer.article).toBeNull();
    expect(mock).toHaveBeenCalledOnce();
  });
});
