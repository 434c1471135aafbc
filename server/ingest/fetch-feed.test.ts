import type http from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOOPBACK_HOSTS, loopbackServer, streamWithoutLength } from '../testing/loopback-server';
import { fetchFeed, parseRetryAfter, USER_AGENT } from './fetch-feed';
import { forbiddenAddressReason, guardedLookup } from './ssrf-guard';

const FEED = '<rss version="2.0"><channel><title>t</title></channel></rss>';
const seen: http.IncomingHttpHeaders[] = [];

const server = loopbackServer((req, res) => {
  seen.push(req.headers);
  const path = req.url ?? '/';
  if (path === '/feed') {
    if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
    res.writeHead(200, {
      'content-type': 'application/rss+xml',
      etag: '"v1"',
      'last-modified': 'Tue, 03 Jun 2025 10:00:00 GMT',
    });
    return res.end(FEED);
  }
  if (path === '/gzip') {
    res.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'gzip' });
    return res.end(gzipSync(FEED));
  }
  if (path === '/html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
  if (path === '/big') {
    res.writeHead(200, { 'content-type': 'text/xml' }); // no length: streamed and cut off
    return streamWithoutLength(res, Buffer.alloc(16 * 1024, 'a'), 200);
  }
  if (path === '/big-declared') {
    return res.writeHead(200, { 'content-type': 'text/xml', 'content-length': '99999999' }).end();
  }
  if (path === '/slow') return setTimeout(() => res.end(FEED), 2_000);
  const hops = /^\/hop\/(\d+)$/.exec(path);
  if (hops) {
    const n = Number(hops[1]);
    return res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/feed' }).end();
  }
  if (path === '/to-metadata') {
    return res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
  }
  if (path === '/to-localhost-name') {
    return res
      .writeHead(301, {
        location: `http://localhost:${server.port}/feed`,
      })
      .end();
  }
  if (path === '/429') return res.writeHead(429, { 'retry-after': '120' }).end();
  if (path === '/503')
    return res.writeHead(503, { 'retry-after': 'Tue, 03 Jun 2025 10:05:00 GMT' }).end();
  res.writeHead(404).end();
});

const allow = { allowHosts: LOOPBACK_HOSTS };

describe('fetchFeed', () => {
  it('fetches with a Parallax User-Agent and returns validators', async () => {
    const result = await fetchFeed(`${server.base}/feed`, {}, allow);
    expect(result).toMatchObject({ kind: 'ok', etag: '"v1"', contentType: 'application/rss+xml' });
    expect(result.kind === 'ok' && result.body.toString()).toBe(FEED);
    expect(seen.at(-1)?.['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Parallax\/\d+\.\d+\.\d+ \(/);
  });

  it('sends conditional headers and reports 304 as not modified', async () => {
    const result = await fetchFeed(
      `${server.base}/feed`,
      { etag: '"v1"', lastModified: 'Tue, 03 Jun 2025 10:00:00 GMT' },
      allow,
    );
    expect(result.kind).toBe('not-modified');
    expect(seen.at(-1)?.['if-none-match']).toBe('"v1"');
    expect(seen.at(-1)?.['if-modified-since']).toBe('Tue, 03 Jun 2025 10:00:00 GMT');
  });

  it('decompresses gzip', async () => {
    const result = await fetchFeed(`${server.base}/gzip`, {}, allow);
    expect(result.kind === 'ok' && result.body.toString()).toBe(FEED);
  });

  it('refuses content types that are not feeds', async () => {
    expect(await fetchFeed(`${server.base}/html`, {}, allow)).toMatchObject({
      kind: 'error',
      reason: 'content type text/html is not a feed',
    });
  });

  it('aborts a body larger than the limit, streamed or declared', async () => {
    const streamed = await fetchFeed(`${server.base}/big`, {}, { ...allow, maxBytes: 100_000 });
    expect(streamed).toMatchObject({ kind: 'error', reason: 'response exceeds 100000 bytes' });
    const declared = await fetchFeed(
      `${server.base}/big-declared`,
      {},
      { ...allow, maxBytes: 100_000 },
    );
    expect(declared.kind === 'error' && declared.reason).toMatch(/99999999 bytes exceeds/);
  });

  it('times out', async () => {
    const result = await fetchFeed(`${server.base}/slow`, {}, { ...allow, timeoutMs: 200 });
    expect(result).toMatchObject({ kind: 'error', reason: 'timed out after 200 ms' });
  });

  it('follows redirects up to the limit', async () => {
    expect((await fetchFeed(`${server.base}/hop/2`, {}, { ...allow, maxRedirects: 3 })).kind).toBe(
      'ok',
    );
    const tooMany = await fetchFeed(`${server.base}/hop/5`, {}, { ...allow, maxRedirects: 3 });
    expect(tooMany).toMatchObject({ kind: 'error', reason: 'more than 3 redirects' });
  });

  it('re-checks every redirect hop against the guard', async () => {
    const metadata = await fetchFeed(`${server.base}/to-metadata`, {}, allow);
    expect(metadata.kind === 'error' && metadata.reason).toMatch(/refused 169\.254\.169\.254/);
    // localhost resolves to loopback and is not on the allow-list: refused after DNS.
    const byName = await fetchFeed(`${server.base}/to-localhost-name`, {}, allow);
    expect(byName.kind === 'error' && byName.reason).toMatch(/refused localhost: .*non-public/);
  });

  it('refuses loopback without the allow-list', async () => {
    const result = await fetchFeed(`${server.base}/feed`);
    expect(result.kind === 'error' && result.reason).toMatch(/refused 127\.0\.0\.1/);
    expect(await fetchFeed('file:///etc/passwd')).toMatchObject({
      kind: 'error',
      reason: 'file: URLs are not fetched',
    });
  });

  it('reads Retry-After on 429 and 503, in seconds or as a date', async () => {
    expect(await fetchFeed(`${server.base}/429`, {}, allow)).toMatchObject({
      kind: 'error',
      status: 429,
      retryAfterMs: 120_000,
    });
    const now = () => Date.parse('2025-06-03T10:00:00Z');
    expect(await fetchFeed(`${server.base}/503`, {}, allow, now)).toMatchObject({
      status: 503,
      retryAfterMs: 300_000,
    });
    expect(parseRetryAfter('soon', 0)).toBeNull();
  });
});

describe('SSRF guard', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '169.254.169.254',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '64:ff9b::a9fe:a9fe',
    '2002:c0a8:0101::1',
    'ff02::1',
    'fe80::1%eth0',
    // IPv4-translated (::ffff:0:0:0/96) and special-purpose IPv6 ranges (issue 15)
    '::ffff:0:7f00:1',
    '::ffff:0:127.0.0.1',
    '::ffff:0:a9fe:a9fe',
    '3fff::1',
    '3fff:fff::1',
    '5f00::1',
    '2001:2::1',
    '2001:10::1',
    '2001:1f:ffff::1',
  ])('refuses %s', (address) => {
    expect(forbiddenAddressReason(address)).not.toBeNull();
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700::1111',
    '2a00:1450:4001::1',
    '::ffff:8.8.8.8',
  ])('allows public %s', (address) => {
    expect(forbiddenAddressReason(address)).toBeNull();
  });

  const lookupWith = (addresses: string[], allowHosts = new Set<string>()) =>
    new Promise<{ error: Error | null; result: unknown }>((resolve) => {
      const lookup = guardedLookup(allowHosts, (_host, cb) =>
        cb(
          null,
          addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
        ),
      );
      lookup('news.example', { all: true }, (error: unknown, result: unknown) =>
        resolve({ error: error as Error | null, result }),
      );
    });

  it('refuses a public-looking name that resolves to loopback (DNS rebinding)', async () => {
    const { error } = await lookupWith(['127.0.0.1']);
    expect(error?.message).toMatch(/refused news\.example: 127\.0\.0\.1/);
  });

  it('refuses a name when ANY of its addresses is private', async () => {
    expect((await lookupWith(['93.184.216.34', '10.0.0.5'])).error).not.toBeNull();
  });

  it('passes the checked addresses on to the socket', async () => {
    expect(await lookupWith(['93.184.216.34'])).toEqual({
      error: null,
      result: [{ address: '93.184.216.34', family: 4 }],
    });
  });

  it('lets allow-listed hosts through (tests only)', async () => {
    expect((await lookupWith(['127.0.0.1'], new Set(['news.example']))).error).toBeNull();
  });
});
