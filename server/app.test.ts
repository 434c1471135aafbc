import { describe, expect, it } from 'vitest';
import { ApiError } from '../core/api-error';
import { LookupResponse } from '../core/lookup';
import { Source } from '../core/source';
import { Story } from '../core/story';
import { type TestApp, testApp } from './testing/test-app';
import { describeEachBackend } from './testing/test-databases';

const CNN_ARTICLE = 'https://www.cnn.com/2024/05/01/politics/rates/index.html?utm_source=tw';

function lookup(app: TestApp, body: unknown) {
  return app.inject({ method: 'POST', url: '/v1/lookup', payload: body as object });
}

describeEachBackend('API', (kind, createDatabase) => {
  const app = testApp(createDatabase, { fixture: 'story-articles.jsonl' });

  it('answers /healthz with the database kind', async () => {
    const response = await app.inject('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: kind });
  });

  it('looks up a known article: source, article and story with coverage over distinct outlets', async () => {
    const response = await lookup(app, { url: CNN_ARTICLE, title: 'Fed holds rates steady' });
    expect(response.statusCode).toBe(200);
    const body = LookupResponse.parse(response.json());
    expect(body.source?.id).toBe('cnn');
    expect(body.article).toMatchObject({
      id: 'a1',
      url: 'https://cnn.com/2024/05/01/politics/rates',
      sourceId: 'cnn',
      storyId: 's1',
      publishedAt: '2024-05-01T00:00:00.000Z',
    });
    // 6 articles, 4 outlets: CNN twice, Fox News, Reuters, and "Some Blog" twice (unrated).
    expect(body.story).toMatchObject({
      id: 's1',
      title: 'Fed leaves rates unchanged',
      articleCount: 6,
      firstSeen: '2024-04-30T00:00:00.000Z',
      lastUpdated: '2024-05-03T00:00:00.000Z',
    });
    expect(body.story?.coverage).toEqual({
      totalOutlets: 4,
      buckets: { left: 0, leanLeft: 1, center: 1, leanRight: 0, right: 1, unrated: 1 },
      threeWay: { left: 1, center: 1, right: 1, unrated: 1 },
    });
  });

  it('canonicalises the URL: mirror hosts, tracking parameters, fragments, http', async () => {
    for (const url of [
      'http://cnn.com/2024/05/01/politics/rates/?utm_medium=social&fbclid=x#comments',
      'https://m.cnn.com/2024/05/01/politics/rates/index.html',
    ]) {
      const body = LookupResponse.parse((await lookup(app, { url })).json());
      expect(body.article?.id, url).toBe('a1');
    }
  });

  it('knows the source but not the article on a catalog domain', async () => {
    const response = await lookup(app, { url: 'https://www.foxnews.com/politics/never-imported' });
    expect(response.statusCode).toBe(200);
    const body = LookupResponse.parse(response.json());
    expect(body.source?.id).toBe('fox-news');
    expect(body.article).toBeNull();
    expect(body.story).toBeNull();
  });

  it('answers all null for a URL outside the catalog', async () => {
    const response = await lookup(app, { url: 'https://unknown.example/news/1' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ source: null, article: null, story: null });
  });

  it('serves a story with its articles newest first and their sources', async () => {
    const response = await app.inject('/v1/stories/s1');
    expect(response.statusCode).toBe(200);
    const story = Story.parse(response.json());
    expect(story.articles.map((a) => a.id)).toEqual(['a5', 'a2', 'a3', 'a1', 'a4', 'a6']);
    expect(story.articles.find((a) => a.id === 'a3')?.source).toEqual({
      id: 'fox-news',
      name: 'Fox News',
      position: 2,
    });
    // Matched by outlet name, without a URL.
    expect(story.articles.find((a) => a.id === 'a4')?.sourceId).toBe('reuters');
    expect(story.articles.find((a) => a.id === 'a5')?.source).toBeNull();
  });

  it('serves a source by host or registrable domain, with its ratings', async () => {
    for (const domain of ['www.cnn.com', 'cnn.com', 'CNN.com', 'edition.cnn.com']) {
      const response = await app.inject(`/v1/sources/${domain}`);
      expect(response.statusCode, domain).toBe(200);
      const source = Source.parse(response.json());
      expect(source.id).toBe('cnn');
      expect(source.ratings.length).toBeGreaterThan(0);
    }
    const bbc = await app.inject('/v1/sources/news.bbc.co.uk');
    expect(bbc.json()).toMatchObject({ id: 'bbc-news' });
  });

  describe('errors', () => {
    function expectApiError(response: { statusCode: number; json(): unknown }, status: number) {
      expect(response.statusCode).toBe(status);
      return ApiError.parse(response.json()).error;
    }

    it('400 names the offending field and what was expected', async () => {
      const badUrl = expectApiError(await lookup(app, { url: 'not a url' }), 400);
      expect(badUrl).toMatchObject({ code: 'bad_request', field: 'body.url' });
      expect(badUrl.message).toContain('absolute http(s) URL');

      const ftp = expectApiError(await lookup(app, { url: 'ftp://cnn.com/x' }), 400);
      expect(ftp.field).toBe('body.url');

      const extra = expectApiError(await lookup(app, { url: CNN_ARTICLE, tracking: 1 }), 400);
      expect(extra.field).toBe('body.tracking');

      const date = expectApiError(await lookup(app, { url: CNN_ARTICLE, publishedAt: 'x' }), 400);
      expect(date.field).toBe('body.publishedAt');

      const domain = expectApiError(await app.inject('/v1/sources/not_a_domain'), 400);
      expect(domain.field).toBe('params.domain');
    });

    it('400 for malformed or empty JSON', async () => {
      const malformed = await app.inject({
        method: 'POST',
        url: '/v1/lookup',
        headers: { 'content-type': 'application/json' },
        payload: '{"url": ',
      });
      expect(expectApiError(malformed, 400)).toMatchObject({ code: 'bad_request', field: 'body' });
      const empty = await app.inject({
        method: 'POST',
        url: '/v1/lookup',
        headers: { 'content-type': 'application/json' },
      });
      expect(expectApiError(empty, 400).field).toBe('body');
    });

    it('404 for unknown stories, sources and routes', async () => {
      expect(expectApiError(await app.inject('/v1/stories/nope'), 404).code).toBe('not_found');
      expect(expectApiError(await app.inject('/v1/sources/unknown.example'), 404).code).toBe(
        'not_found',
      );
      expect(expectApiError(await app.inject('/v2/nothing?url=secret'), 404).code).toBe(
        'not_found',
      );
    });

    it('413 for a body over the limit', async () => {
      const response = await lookup(app, { url: `https://cnn.com/${'a'.repeat(20_000)}` });
      expect(expectApiError(response, 413).code).toBe('payload_too_large');
    });

    it('415 when the body is not JSON', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/lookup',
        headers: { 'content-type': 'text/plain' },
        payload: CNN_ARTICLE,
      });
      expect(expectApiError(response, 415).code).toBe('unsupported_media_type');
    });
  });

  describe('CORS', () => {
    it('allows the extension origins', async () => {
      for (const origin of [
        'chrome-extension://abcdefghijklmnop',
        'moz-extension://1234-5678',
        'safari-web-extension://ABCD',
      ]) {
        const response = await app.inject({ url: '/healthz', headers: { origin } });
        expect(response.headers['access-control-allow-origin']).toBe(origin);
      }
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/v1/lookup',
        headers: {
          origin: 'chrome-extension://abc',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.statusCode).toBeLessThan(300);
      expect(preflight.headers['access-control-allow-origin']).toBe('chrome-extension://abc');
      expect(String(preflight.headers['access-control-allow-methods'])).toContain('POST');
    });

    it('gives web pages no CORS headers', async () => {
      const response = await app.inject({
        url: '/healthz',
        headers: { origin: 'https://evil.example' },
      });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
