import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bucketOfHash, MAX_BUCKETS } from '../../core/lookup-bucket';
import { urlHash } from '../../core/url-hash';
import { buildApp } from '../app';
import type { LogLevel } from '../config';
import { describeEachBackend } from '../testing/test-databases';
import { openTestStore, type TestStore } from '../testing/test-store';

/** What would name the reader or what they read, if it reached the log. */
const READER_ADDRESS = '203.0.113.77';
const ARTICLE_URL = 'https://www.cnn.com/2024/05/01/politics/rates/index.html';
const CANONICAL_URL = 'https://cnn.com/2024/05/01/politics/rates';
const ARTICLE_TITLE = 'Fed holds rates steady, CNN reports';
const UNKNOWN_STORY = 'story-id-nobody-should-log';

/** The app as `parallax serve` builds it (logger from LOG_LEVEL), writing its log to a string. */
async function appLoggingAt(store: TestStore, level: LogLevel) {
  let log = '';
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      log += String(chunk);
      done();
    },
  });
  const app = await buildApp({
    store: store.store,
    stories: store.stories,
    config: { logLevel: level, rateLimitPerMinute: 1000 },
    logStream,
  });
  return { app, log: () => log };
}

/** A reader's visit: the private lookup, the opt-in lookup, the story page, and mistakes. */
async function readerVisit(app: FastifyInstance, hash: string) {
  const from = { remoteAddress: READER_ADDRESS };
  const bucket = bucketOfHash(hash, MAX_BUCKETS);
  const responses = await Promise.all([
    app.inject({
      ...from,
      method: 'POST',
      url: '/v1/lookup/prefix',
      payload: { bucket, buckets: MAX_BUCKETS },
    }),
    app.inject({
      ...from,
      method: 'POST',
      url: '/v1/lookup',
      payload: { url: ARTICLE_URL, title: ARTICLE_TITLE },
    }),
    app.inject({ ...from, url: '/v1/stories/s1' }),
    app.inject({ ...from, url: `/v1/stories/${UNKNOWN_STORY}` }),
    app.inject({ ...from, url: '/v1/lookup/config' }),
    // Refused requests: their bodies are what someone reads too.
    app.inject({ ...from, method: 'POST', url: '/v1/lookup/prefix', payload: { prefix: hash } }),
    app.inject({
      ...from,
      method: 'POST',
      url: '/v1/lookup',
      payload: { url: `${ARTICLE_URL}#x`, x: 1 },
    }),
    app.inject({ ...from, url: `/v1/no-such-route/${UNKNOWN_STORY}?url=${ARTICLE_URL}` }),
  ]);
  expect(responses.map((response) => response.statusCode)).toEqual([
    200, 200, 200, 404, 200, 400, 400, 404,
  ]);
  return bucket;
}

describeEachBackend('what the server logs of lookups', (_kind, createDatabase) => {
  let store: TestStore;
  let hash: string;
  beforeAll(async () => {
    store = await openTestStore(await createDatabase(), 'story-articles.jsonl');
    hash = await urlHash(CANONICAL_URL);
  });
  afterAll(() => store.close());

  it.each(['info', 'debug', 'trace'] as const)(
    'logs no path, body, hash, bucket or client address at %s',
    async (level) => {
      const { app, log } = await appLoggingAt(store, level);
      const bucket = await readerVisit(app, hash);
      await app.close();
      const text = log();
      for (const secret of [
        READER_ADDRESS,
        '127.0.0.1',
        'remoteAddress',
        'cnn.com',
        'politics/rates',
        ARTICLE_TITLE,
        'Fed holds',
        hash.slice(0, 8),
        String(bucket),
        '"bucket"',
        '/v1/stories/s1',
        UNKNOWN_STORY,
        '"url"',
        '"path"',
        'hostname":"localhost',
      ]) {
        expect(text, `the ${level} log mentions ${secret}`).not.toContain(secret);
      }
      const lines = text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { msg?: string; route?: string | null });
      const requests = lines.filter((line) => line.msg === 'request');
      if (level === 'info') {
        // The default: no line per request at all.
        expect(requests).toEqual([]);
        expect(lines.some((line) => /request/i.test(line.msg ?? ''))).toBe(false);
      } else {
        // Operators who ask for more see each request's route pattern, status and time.
        expect(requests.map((line) => line.route).sort()).toEqual([
          '/v1/lookup',
          '/v1/lookup',
          '/v1/lookup/config',
          '/v1/lookup/prefix',
          '/v1/lookup/prefix',
          '/v1/stories/:id',
          '/v1/stories/:id',
          null,
        ]);
      }
    },
  );
});
