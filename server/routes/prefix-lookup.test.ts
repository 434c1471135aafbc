import { expect, it } from 'vitest';
import { ApiError } from '../../core/api-error';
import { PrefixLookupResponse } from '../../core/lookup';
import { urlHash, urlHashPrefix } from '../../core/url-hash';
import { type TestApp, testApp } from '../testing/test-app';
import { describeEachBackend } from '../testing/test-databases';

const CNN_CANONICAL = 'https://cnn.com/2024/05/01/politics/rates';

function prefixLookup(app: TestApp, body: unknown) {
  return app.inject({ method: 'POST', url: '/v1/lookup/prefix', payload: body as object });
}

describeEachBackend('private lookup by URL hash prefix', (_kind, createDatabase) => {
  const app = testApp(createDatabase, { fixture: 'story-articles.jsonl' });

  it('answers the candidates for a prefix; the full hash picks the article and its story', async () => {
    const hash = await urlHash(CNN_CANONICAL);
    const response = await prefixLookup(app, { prefix: urlHashPrefix(hash) });
    expect(response.statusCode).toBe(200);
    const { candidates } = PrefixLookupResponse.parse(response.json());
    const mine = candidates.find((candidate) => candidate.urlHash === hash);
    expect(mine?.article).toMatchObject({ id: 'a1', url: CNN_CANONICAL, storyId: 's1' });
    expect(mine?.story).toMatchObject({ id: 's1', articleCount: 6 });
  });

  it('answers no candidates for a prefix nobody has', async () => {
    const hash = await urlHash('https://cnn.com/never-published');
    const response = await prefixLookup(app, { prefix: urlHashPrefix(hash) });
    expect(response.json()).toEqual({ candidates: [] });
  });

  it.each([
    [{ prefix: 'ABCDEF12' }, 'body.prefix'],
    [{ prefix: 'abc' }, 'body.prefix'],
    [{ prefix: 'abcdef12', url: 'https://cnn.com/x' }, 'body.url'],
  ])('refuses %j, naming the field', async (body, field) => {
    const response = await prefixLookup(app, body);
    expect(response.statusCode).toBe(400);
    expect(ApiError.parse(response.json()).error.field).toBe(field);
  });
});
