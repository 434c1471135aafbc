import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../core/api-error';
import { buildApp } from './app';
import { type Backend, openBackend } from './cli/open-backend';

/**
 * A real backend on a fresh SQLite file; tests replace the one method they need to misbehave
 * (parts and the service are plain objects, read at call time).
 */
async function backend(): Promise<Backend> {
  const folder = mkdtempSync(path.join(tmpdir(), 'parallax-failures-'));
  const opened = await openBackend({
    database: { kind: 'sqlite', path: path.join(folder, 'parallax.db') },
  });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const config = { logLevel: 'silent' as const, rateLimitPerMinute: 1000 };

describe('API failures', () => {
  it('500 with a generic message, never the internal error or a stack', async () => {
    const { store, stories, close } = await backend();
    store.articles.byUrl = async () => {
      throw new Error('SQLITE_CORRUPT: secret internal detail at /srv/db');
    };
    const app = await buildApp({ config, logger: false, store, stories });
    const response = await app.inject({
      method: 'POST',
      url: '/v1/lookup',
      payload: { url: 'https://cnn.com/x' },
    });
    expect(response.statusCode).toBe(500);
    expect(ApiError.parse(response.json()).error.code).toBe('internal');
    expect(response.body).not.toMatch(/SQLITE|secret|\/srv|at .*\.ts/);
    await app.close();
    await close();
  });

  it('500 when a response would break its own schema', async () => {
    const { store, stories, close } = await backend();
    // A source without domains or ratings: the contract forbids sending it.
    store.sources.get = async () => ({ id: 's', name: 'S' }) as never;
    const app = await buildApp({ config, logger: false, store, stories });
    const response = await app.inject('/v1/sources/cnn.com');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'internal', message: expect.any(String) },
    });
    await app.close();
    await close();
  });

  it('429 past the per-IP limit, with Retry-After', async () => {
    const { store, stories, close } = await backend();
    const app = await buildApp({
      config: { ...config, rateLimitPerMinute: 2 },
      logger: false,
      store,
      stories,
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
    await close();
  });
});
