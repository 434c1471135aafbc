import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api-error';
import { buildApp } from '../app';
import { importJsonl } from '../import/import-jsonl';
import { describeEachBackend } from '../testing/test-databases';
import { openTestStore, type TestStore } from '../testing/test-store';
import { parseExtensionIds } from './cors';

/** The HTTP edges issue 15 probed: ids, stalls, error shapes, headers, limits, CORS. */
const LONG_STORY = `s-${'x'.repeat(148)}`; // 150 characters: over Fastify's default 100
const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OTHER_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';

/** Sends raw bytes to a listening app; resolves with all it answered once the socket closes. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
  });
}

function bodyOf(raw: string): unknown {
  return JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
}

describeEachBackend('HTTP edges', (_kind, createDatabase) => {
  let store: TestStore;
  let app: FastifyInstance;
  let port = 0;
  const build = (config: { rateLimitPerMinute?: number; extensionIds?: string[] } = {}) =>
    buildApp({
      store: store.store,
      stories: store.stories,
      config: { logLevel: 'silent', rateLimitPerMinute: 1000, extensionIds: [], ...config },
      logger: false,
      timeouts: { idleMs: 300 },
    });

  beforeAll(async () => {
    store = await openTestStore(await createDatabase());
    const file = path.join(tmpdir(), `parallax-long-id-${process.pid}-${Date.now()}.jsonl`);
    writeFileSync(file, `${JSON.stringify({ id: 'long-1', story: LONG_STORY, title: 'Long' })}\n`);
    await importJsonl(store, file);
    app = await build();
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('serves a story whose id is over 100 characters', async () => {
    const response = await app.inject(`/v1/stories/${LONG_STORY}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: LONG_STORY });
    const tooLong = await app.inject(`/v1/stories/${'x'.repeat(201)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ error: { field: 'params.id' } });
  });

  it('closes a connection whose body stalls instead of holding it forever', async () => {
    // Headers promise 50 bytes, 5 arrive, then nothing: the idle timeout ends it.
    const answer = await rawExchange(
      port,
      'POST /v1/lookup HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        'Content-Length: 50\r\n\r\n{"url',
    );
    expect(answer).not.toMatch(/200 OK/);
  });

  it('answers what Fastify or Node refuse in the ApiError shape', async () => {
    const badPath = await app.inject('/v1/stories/%zz');
    expect(badPath.statusCode).toBe(400);
    expect(ApiError.parse(badPath.json()).error).toMatchObject({ code: 'bad_request' });
    const notHttp = await rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(notHttp).toMatch(/^HTTP\/1\.1 400 /);
    expect(ApiError.parse(bodyOf(notHttp)).error.code).toBe('bad_request');
    const hugeHeader = await rawExchange(
      port,
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(hugeHeader).toMatch(/^HTTP\/1\.1 431 /);
    expect(ApiError.parse(bodyOf(hugeHeader)).error.code).toBe('headers_too_large');
  });

  it('answers a request without a Host header with the documented ApiError', async () => {
    const noHost = await rawExchange(port, 'GET /healthz HTTP/1.1\r\n\r\n');
    expect(noHost).toMatch(/^HTTP\/1\.1 400 /);
    expect(ApiError.parse(bodyOf(noHost)).error).toMatchObject({
      code: 'bad_request',
      field: 'headers.host',
    });
    // HTTP/1.0 has no Host requirement: answered as usual.
    const old = await rawExchange(port, 'GET /healthz HTTP/1.0\r\n\r\n');
    expect(old).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('sends the security headers of a JSON API on answers and errors alike', async () => {
    for (const url of ['/healthz', '/nope', `/v1/stories/${LONG_STORY}`]) {
      const response = await app.inject(url);
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cache-control': 'no-store',
      });
    }
    // A route that says how long its answer keeps is not overridden.
    const config = await app.inject('/v1/lookup/config');
    expect(config.headers['cache-control']).toMatch(/max-age=/);
  });

  it('rate-limits requests for paths that do not exist', async () => {
    const limited = await build({ rateLimitPerMinute: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await limited.inject(`/nope-${i}`)).statusCode);
    expect(statuses).toEqual([404, 404, 429]);
    await limited.close();
  });

  it('answers only the configured extension ids when PARALLAX_EXTENSION_IDS is set', async () => {
    const pinned = await build({ extensionIds: [CHROME_ID] });
    const allowed = `chrome-extension://${CHROME_ID}`;
    const ours = await pinned.inject({ url: '/healthz', headers: { origin: allowed } });
    expect(ours.headers['access-control-allow-origin']).toBe(allowed);
    const other = await pinned.inject({
      url: '/healthz',
      headers: { origin: `chrome-extension://${OTHER_ID}` },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    await pinned.close();
  });
});

describe('PARALLAX_EXTENSION_IDS', () => {
  it('reads Chrome ids and Firefox UUIDs, and refuses anything else by name', () => {
    expect(parseExtensionIds(undefined)).toEqual([]);
    expect(
      parseExtensionIds(` ${CHROME_ID.toUpperCase()}, 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`),
    ).toEqual([CHROME_ID, '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0']);
    expect(() => parseExtensionIds('*')).toThrow(/PARALLAX_EXTENSION_IDS holds "\*"/);
  });
});
