import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookupWithStory, story } from '../../tests/fixtures/extension/fixtures';
import {
  BackendFailure,
  getHealth,
  getLookupConfig,
  getStory,
  lookupArticle,
  lookupBucket,
} from './backend-client';

const BASE = 'http://127.0.0.1:8787';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

afterEach(() => vi.unstubAllGlobals());

async function failureOf(promise: Promise<unknown>): Promise<BackendFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BackendFailure)) throw new Error(`expected a BackendFailure: ${error}`);
  return error;
}

describe('backend client', () => {
  it('posts the lookup and parses the answer', async () => {
    const fetchMock = vi.fn(async () => json(lookupWithStory));
    vi.stubGlobal('fetch', fetchMock);
    const answer = await lookupArticle(BASE, { url: 'https://reuters.com/x' });
    expect(answer.story?.id).toBe(story.id);
    expect(fetchMock).toHaveBeenCalledWith(
      `${BASE}/v1/lookup`,
      expect.objectContaining({ method: 'POST', signal: expect.any(AbortSignal) }),
    );
  });

  it('reads the lookup split from the config route', async () => {
    const fetchMock = vi.fn(async () => json({ buckets: 77, minBucketArticles: 32 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await getLookupConfig(BASE)).toEqual({ buckets: 77, minBucketArticles: 32 });
    expect(fetchMock).toHaveBeenCalledWith(`${BASE}/v1/lookup/config`, expect.anything());
  });

  it('posts one bucket and its split, and parses the candidates with their story previews', async () => {
    const answer = {
      buckets: 9,
      candidates: [],
      stories: [lookupWithStory.story],
      truncated: false,
    };
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => json(answer));
    vi.stubGlobal('fetch', fetchMock);
    expect(await lookupBucket(BASE, { bucket: 3, buckets: 9 })).toEqual(answer);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`${BASE}/v1/lookup/prefix`);
    expect(JSON.parse(String(init?.body))).toEqual({ bucket: 3, buckets: 9 });
  });

  it('refuses to send anything beside the bucket and its split', () => {
    vi.stubGlobal('fetch', vi.fn());
    const smuggled = { bucket: 3, buckets: 9, url: 'https://reuters.com/x' };
    expect(() => lookupBucket(BASE, smuggled as never)).toThrow();
  });

  it('classifies a network failure or timeout as unreachable', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new DOMException('t', 'TimeoutError'))),
    );
    const failure = await failureOf(getHealth(BASE));
    expect(failure.kind).toBe('unreachable');
    expect(failure.message).toBe(
      `Can't reach the Parallax backend at ${BASE}. Is it running? Check the address in Options.`,
    );
  });

  it('uses the API error message for a non-2xx answer', async () => {
    const body = { error: { code: 'bad_request', message: 'url must be http(s).', field: 'url' } };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(body, 400)),
    );
    const failure = await failureOf(lookupArticle(BASE, { url: 'https://reuters.com/x' }));
    expect(failure).toMatchObject({ kind: 'error', status: 400, message: 'url must be http(s).' });
  });

  it('names the status when the error body is not an ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    const failure = await failureOf(getHealth(BASE));
    expect(failure.message).toBe('The Parallax backend answered with HTTP 502.');
  });

  it('treats an unknown story as null', async () => {
    const body = { error: { code: 'not_found', message: 'No such story.' } };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(body, 404)),
    );
    expect(await getStory(BASE, 'gone')).toBeNull();
  });
});
