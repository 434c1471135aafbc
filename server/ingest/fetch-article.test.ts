import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOOPBACK_HOSTS, loopbackServer, streamWithoutLength } from '../testing/loopback-server';
import { ARTICLE_FETCH_LIMITS, fetchArticlePage } from './fetch-article';
import { USER_AGENT } from './fetch-feed';

const PAGE = readFileSync(
  join(import.meta.dirname, '../../tests/fixtures/articles/varnen-dam.html'),
);
const LATIN1_PAGE = Buffer.from(
  `<html><head><meta charset="windows-1252"><title>Café</title></head><body><article>
  <h1>Café owners count the cost of the flood</h1>
  <p>Café owners along the river in Ostberg counted the cost of the flood on Saturday, after the
  water left a metre of mud in their dining rooms and cellars.</p>
  <p>"The whole terrace is gone," said one owner, who has run the café for twenty years and does
  not know whether the insurance will pay for the damage.</p></article></body></html>`,
  'latin1',
);
const userAgents: Array<string | undefined> = [];

const server = loopbackServer((req, res) => {
  userAgents.push(req.headers['user-agent']);
  const path = req.url ?? '/';
  if (path === '/article') {
    return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  }
  if (path === '/moved') return res.writeHead(301, { location: '/article' }).end();
  if (path === '/latin1')
    return res.writeHead(200, { 'content-type': 'text/html' }).end(LATIN1_PAGE);
  if (path === '/nav-only') {
    return res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>');
  }
  if (path === '/report.pdf') {
    return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
  }
  if (path === '/huge') {
    // Streamed without a length: 3 MiB of markup, cut off by the 2 MiB limit.
    res.writeHead(200, { 'content-type': 'text/html' });
    return streamWithoutLength(res, Buffer.alloc(64 * 1024, '<p>x</p>'), 48);
  }
  if (path === '/to-metadata') {
    return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
  }
  if (path === '/to-private') {
    return res.writeHead(302, { location: 'http://10.1.2.3/admin' }).end();
  }
  if (path === '/to-localhost-name') {
    const port = server.port;
    return res.writeHead(301, { location: `http://localhost:${port}/article` }).end();
  }
  res.writeHead(404).end();
});

const allow = { allowHosts: LOOPBACK_HOSTS };

describe('fetchArticlePage', () => {
  it('fetches with the Parallax User-Agent and extracts the lede, byline and time', async () => {
    const result = await fetchArticlePage(`${server.base}/article`, allow);
    expect(userAgents.at(-1)).toBe(USER_AGENT);
    expect(result).toMatchObject({
      kind: 'ok',
      url: `${server.base}/article`,
      page: { byline: 'Maja Lindqvist', publishedAt: '2026-11-20T11:05:00.000Z' },
    });
    expect(result.kind === 'ok' && result.page.lede).toMatch(/^Floodwater from the collapsed/);
  });

  it('follows a redirect and reports where the page was', async () => {
    const result = await fetchArticlePage(`${server.base}/moved`, allow);
    expect(result).toMatchObject({ kind: 'ok', url: `${server.base}/article` });
  });

  it('decodes a page by its <meta> charset', async () => {
    const result = await fetchArticlePage(`${server.base}/latin1`, allow);
    expect(result.kind === 'ok' && result.page.lede).toMatch(/^Café owners along the river/);
  });

  it('refuses what is not HTML', async () => {
    expect(await fetchArticlePage(`${server.base}/report.pdf`, allow)).toEqual({
      kind: 'failed',
      url: `${server.base}/report.pdf`,
      reason: 'content type application/pdf is not an HTML page',
    });
  });

  it('stops reading at 2 MiB', async () => {
    expect(ARTICLE_FETCH_LIMITS.maxBytes).toBe(2 * 1024 * 1024);
    expect(await fetchArticlePage(`${server.base}/huge`, allow)).toMatchObject({
      kind: 'failed',
      reason: 'response exceeds 2097152 bytes',
    });
  });

  it('says when a page has no article text', async () => {
    expect(await fetchArticlePage(`${server.base}/nav-only`, allow)).toMatchObject({
      kind: 'failed',
      reason: 'no article text found',
    });
  });

  it('refuses a redirect to a private or metadata address, by literal or by name', async () => {
    const metadata = await fetchArticlePage(`${server.base}/to-metadata`, allow);
    expect(metadata.kind === 'failed' && metadata.reason).toMatch(/refused 169\.254\.169\.254/);
    const privateNet = await fetchArticlePage(`${server.base}/to-private`, allow);
    expect(privateNet.kind === 'failed' && privateNet.reason).toMatch(/refused 10\.1\.2\.3/);
    const byName = await fetchArticlePage(`${server.base}/to-localhost-name`, allow);
    expect(byName.kind === 'failed' && byName.reason).toMatch(/refused localhost: .*non-public/);
  });

  it('refuses loopback without the allow-list', async () => {
    const result = await fetchArticlePage(`${server.base}/article`);
    expect(result.kind === 'failed' && result.reason).toMatch(/refused 127\.0\.0\.1/);
  });
});
