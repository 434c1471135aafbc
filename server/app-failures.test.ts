import { describe, expect, it } from 'vitest';
import { ApiError } from '../core/api-error';
import { buildApp } from './app';
import type { Repository } from './store/repository';

/** A repository with nothing in it; tests override the one method they need to misbehave. */
function stubRepository(overrides: Partial<Repository> = {}): Repository {
  return {
    kind: 'sqlite',
    ping: async () => {},
    upsertSources: async (sources) => ({ sources: sources.length }),
    importRatings: async () => ({ created: [], updated: [], unchanged: [] }),
    listSources: async () => [],
    getSource: async () => null,
    matchSource: () => null,
    findArticleByUrl: async () => null,
    findArticlesByUrlHashPrefix: async () => [],
    upsertArticles: async () => ({ inserted: 0, updated: 0, storyIds: [] }),
    getStorySummary: async () => null,
    getStory: async () => null,
    close: async () => {},
    ...overrides,
  };
}

const config = { logLevel: 'silent' as const, rateLimitPerMinute: 1000 };

describe('API failures', () => {
  it('500 with a generic message, never the internal error or a stack', async () => {
    const app = await buildApp({
      config,
      logger: false,
      repository: stubRepository({
        findArticleByUrl: async () => {
          throw new Error('SQLITE_CORRUPT: secret internal detail at /srv/db');
        },
      }),
    });
    const response = await app.inject({
      method: 'POST',
      url: '/v1/lookup',
      payload: { url: 'https://cnn.com/x' },
    });
    expect(response.statusCode).toBe(500);
    expect(ApiError.parse(response.json()).error.code).toBe('internal');
    expect(response.body).not.toMatch(/SQLITE|secret|\/srv|at .*\.ts/);
    await app.close();
  });

  it('500 when a response would break its own schema', async () => {
    const app = await buildApp({
      config,
      logger: false,
      repository: stubRepository({
        // A story without coverage: the contract forbids sending it.
        getStory: async () => ({ id: 's', title: 'T' }) as never,
      }),
    });
    const response = await app.inject('/v1/stories/s');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'internal', message: expect.any(String) },
    });
    await app.close();
  });

  it('429 past the per-IP limit, with Retry-After', async () => {
    const app = await buildApp({
      config: { ...config, rateLimitPerMinute: 2 },
      logger: false,
      repository: stubRepository(),
    });
    for (let i = 0; i < 2; i++) expect((await app.inject('/healthz')).statusCode).toBe(200);
    const limited = await app.inject('/healthz');
    expect(limited.statusCode).toBe(429);
    expect(ApiError.parse(limited.json()).error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address has its own budget.
    const other = await app.inject({ url: '/healthz', remoteAddress: '10.0.0.9' });
    expect(other.statusCode).toBe(200);
    await app.close();
  });
});
