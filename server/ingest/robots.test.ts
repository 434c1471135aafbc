import { beforeEach, describe, expect, it } from 'vitest';
import { LOOPBACK_HOSTS, loopbackServer } from '../testing/loopback-server';
import { ROBOTS_FETCH_LIMITS, RobotsCache } from './robots';

/** What the loopback server answers for /robots.txt in the current test. */
let robots: { status: number; body?: string; type?: string; location?: string; hang?: boolean };
let robotsRequests = 0;

const server = loopbackServer((req, res) => {
  if (req.url !== '/robots.txt') return res.writeHead(404).end();
  robotsRequests += 1;
  if (robots.hang) return; // never answers: the fetch times out
  const headers: Record<string, string> = { 'content-type': robots.type ?? 'text/plain' };
  if (robots.location) headers.location = robots.location;
  res.writeHead(robots.status, headers).end(robots.body ?? '');
});
beforeEach(() => {
  robotsRequests = 0;
});

let now = Date.parse('2026-11-20T12:00:00Z');
const cache = (limits: Partial<typeof ROBOTS_FETCH_LIMITS> = {}) =>
  new RobotsCache({
    limits: { ...ROBOTS_FETCH_LIMITS, allowHosts: LOOPBACK_HOSTS, ...limits },
    now: () => now,
  });
const allowed = async (c: RobotsCache, path: string) =>
  (await c.check(`${server.base}${path}`)).allowed;

describe('RobotsCache', () => {
  it('applies the longest matching rule, Allow winning a tie', async () => {
    robots = {
      status: 200,
      body: [
        'User-agent: *',
        'Disallow: /private',
        'Allow: /private/press',
        'Disallow: /tie',
        'Allow: /tie',
      ].join('\n'),
    };
    const c = cache();
    expect(await allowed(c, '/news/story')).toBe(true);
    expect(await allowed(c, '/private/notes')).toBe(false);
    expect(await allowed(c, '/private/press/release')).toBe(true);
    expect(await allowed(c, '/tie/x')).toBe(true);
    expect(await c.check(`${server.base}/private/notes`)).toEqual({
      allowed: false,
      reason: 'disallowed by robots.txt',
    });
  });

  it('obeys the Parallax group over *, whatever the case of the token', async () => {
    robots = {
      status: 200,
      body: 'User-agent: *\nDisallow: /\n\nUser-agent: parallax\nAllow: /news/\nDisallow: /',
    };
    const c = cache();
    expect(await allowed(c, '/news/story')).toBe(true);
    expect(await allowed(c, '/sport/match')).toBe(false);
  });

  it('falls back to * when no group names Parallax', async () => {
    robots = {
      status: 200,
      body: 'User-agent: Googlebot\nDisallow:\n\nUser-agent: *\nDisallow: /',
    };
    expect(await allowed(cache(), '/news/story')).toBe(false);
  });

  it('matches * and $ wildcards', async () => {
    robots = {
      status: 200,
      body: 'User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nDisallow: /live/*/updates',
    };
    const c = cache();
    expect(await allowed(c, '/files/report.pdf')).toBe(false);
    expect(await allowed(c, '/files/report.pdf?download=1')).toBe(true);
    expect(await allowed(c, '/story?print=1')).toBe(false);
    expect(await allowed(c, '/story?page=2')).toBe(true);
    expect(await allowed(c, '/live/2026/updates/3')).toBe(false);
    expect(await allowed(c, '/live/now')).toBe(true);
  });

  it('reads Crawl-delay for our group, in milliseconds', async () => {
    robots = { status: 200, body: 'User-agent: Parallax\nCrawl-delay: 2.5\nDisallow: /private' };
    expect(await cache().check(`${server.base}/news`)).toEqual({
      allowed: true,
      crawlDelayMs: 2500,
    });
    robots = { status: 200, body: 'User-agent: *\nCrawl-delay: soon\nDisallow:' };
    expect(await cache().check(`${server.base}/news`)).toEqual({
      allowed: true,
      crawlDelayMs: null,
    });
  });

  it('reads robots.txt whatever its content type', async () => {
    robots = { status: 200, type: 'text/html', body: 'User-agent: *\nDisallow: /' };
    expect(await allowed(cache(), '/news')).toBe(false);
  });

  it('allows everything when robots.txt is missing (4xx)', async () => {
    for (const status of [404, 410, 403]) {
      robots = { status };
      expect(await cache().check(`${server.base}/news`)).toEqual({
        allowed: true,
        crawlDelayMs: null,
      });
    }
  });

  it('disallows everything when robots.txt is unreachable (5xx, 429, timeout)', async () => {
    robots = { status: 503 };
    expect(await cache().check(`${server.base}/news`)).toEqual({
      allowed: false,
      reason: 'robots.txt unreachable (HTTP 503 Service Unavailable)',
    });
    robots = { status: 429 };
    expect(await allowed(cache(), '/news')).toBe(false);
    robots = { status: 200, hang: true };
    expect(await cache({ timeoutMs: 100 }).check(`${server.base}/news`)).toEqual({
      allowed: false,
      reason: 'robots.txt unreachable (timed out after 100 ms)',
    });
  });

  it('goes through the SSRF guard: a redirect to a private address closes the host', async () => {
    robots = { status: 301, location: 'http://169.254.169.254/robots.txt' };
    const verdict = await cache().check(`${server.base}/news`);
    expect(verdict.allowed === false && verdict.reason).toMatch(/refused 169\.254\.169\.254/);
    robots = { status: 200, body: 'User-agent: *\nDisallow:' };
    const unlisted = new RobotsCache({ now: () => now });
    const refused = await unlisted.check(`${server.base}/news`);
    expect(refused.allowed === false && refused.reason).toMatch(/refused 127\.0\.0\.1/);
  });

  it('asks once per origin while cached, again after the TTL; failures are retried sooner', async () => {
    robots = { status: 200, body: 'User-agent: *\nDisallow: /private' };
    const c = cache();
    await Promise.all([allowed(c, '/a'), allowed(c, '/b'), allowed(c, '/private/c')]);
    expect(robotsRequests).toBe(1);
    now += 23 * 60 * 60_000;
    expect(await allowed(c, '/private/d')).toBe(false);
    expect(robotsRequests).toBe(1);
    now += 2 * 60 * 60_000;
    robots = { status: 503 };
    expect(await allowed(c, '/a')).toBe(false);
    expect(robotsRequests).toBe(2);
    now += 30 * 60_000;
    expect(await allowed(c, '/a')).toBe(false);
    expect(robotsRequests).toBe(2);
    now += 31 * 60_000;
    robots = { status: 404 };
    expect(await allowed(c, '/a')).toBe(true);
    expect(robotsRequests).toBe(3);
  });

  it('never throws on a URL it cannot read', async () => {
    expect(await cache().check('not a url')).toEqual({ allowed: false, reason: 'not a URL' });
  });
});
