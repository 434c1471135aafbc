import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { type Source, uncuratedSource } from '../../core/source';
import { buildSourceIndex } from '../../core/source-index';
import { allSidesRating, perennialGazette } from '../../tests/fixtures/ratings';
import { detectCommand } from './detect-commands';

const folder = mkdtempSync(join(tmpdir(), 'parallax-detect-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const allSides = allSidesRating('Example Times', 'Lean Right', 1);
const times: Source = {
  ...uncuratedSource('example-times', 'Example Times', ['example-times.com'], allSides),
  position: 1,
};
const gazette = uncuratedSource(
  'example-gazette',
  'Example Gazette',
  ['examplegazette.com'],
  perennialGazette,
);
const wire = uncuratedSource('example-wire', 'Example Wire', ['examplewire.com'], allSides);

/** A small index of made-up outlets, as `parallax sources build-index --out` writes one. */
const indexFile = join(folder, 'index.json');
writeFileSync(indexFile, JSON.stringify(buildSourceIndex([times, gazette, wire])));

function savedPage(name: string, head: string, body = ''): string {
  const file = join(folder, name);
  writeFileSync(
    file,
    `<!doctype html><html lang="en"><head>${head}</head><body><h1>Harbour cranes restart after a week-long power cut</h1>${body}</body></html>`,
  );
  return file;
}

const article = (canonical: string, extra = '') =>
  savedPage(
    `${new URL(canonical).hostname}.html`,
    `<title>Harbour cranes restart after a week-long power cut</title>
     <link rel="canonical" href="${canonical}">
     <meta property="og:type" content="article">
     <meta property="og:title" content="Harbour cranes restart after a week-long power cut">
     <meta property="article:published_time" content="2026-11-30T07:45:00Z">${extra}`,
  );

/** Runs the command and returns what it printed: the JSON, and the line for a person. */
async function detect(file: string, options: { url?: string } = {}) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  await detectCommand(file, { ...options, index: indexFile });
  return {
    printed: JSON.parse(String(log.mock.calls[0]?.[0])),
    line: String(error.mock.calls[0]?.[0]),
  };
}

describe('parallax detect', () => {
  it('prints the outlet the canonical address belongs to, with its rating, rater and date', async () => {
    const { printed, line } = await detect(
      article('https://www.example-times.com/world/2026/11/30/harbour-cranes'),
    );
    expect(printed.detection.isArticle).toBe(true);
    expect(printed.match).toEqual({
      summary: 'Example Times (example-times.com): Lean Right (AllSides, rated 2023-11-15)',
      outlet: {
        id: 'example-times',
        name: 'Example Times',
        domain: 'example-times.com',
        bias: 'Lean Right',
        ratings: ['AllSides: Lean Right (rated 2023-11-15)'],
      },
      via: null,
      siteName: null,
      index: indexFile,
    });
    expect(line).toBe(`Outlet: ${printed.match.summary} (index: ${indexFile})`);
  });

  it('words an outlet rated for reliability alone as such, not as unrated', async () => {
    const { printed } = await detect(article('https://examplegazette.com/news/harbour-cranes'));
    expect(printed.match.summary).toBe(
      'Example Gazette (examplegazette.com): no bias rating; reliability high (Wikipedia editors’ consensus, 2021)',
    );
    expect(printed.match.outlet.bias).toBeNull();
    expect(printed.match.outlet.ratings).toEqual([
      'Wikipedia editors’ consensus, 2021 — high (Wikipedia perennial sources: Generally reliable)',
    ]);
  });

  it('on a portal, names the outlet the page credits and the portal it is read on', async () => {
    const file = savedPage(
      'portal.html',
      `<title>Harbour cranes restart after a week-long power cut</title>
       <link rel="canonical" href="https://www.yahoo.com/news/harbour-cranes-restart-101500123.html">
       <meta property="og:type" content="article">
       <meta property="article:published_time" content="2026-11-30T07:45:00Z">`,
      '<span class="provider-link"><a href="https://www.examplewire.com/">Example Wire</a></span>',
    );
    const { printed } = await detect(file, {
      url: 'https://www.yahoo.com/news/harbour-cranes-restart-101500123.html',
    });
    expect(printed.match.outlet.id).toBe('example-wire');
    expect(printed.match.via).toBe('Yahoo');
    expect(printed.match.summary).toMatch(/^Example Wire \(examplewire\.com\) via Yahoo: /);
  });

  it('says "no outlet in the index" with the name the site gives itself', async () => {
    const { printed, line } = await detect(
      article(
        'https://blog.example.org/2026/11/30/harbour-cranes',
        '<meta property="og:site_name" content="A Harbour Blog">',
      ),
    );
    expect(printed.match).toMatchObject({ outlet: null, siteName: 'A Harbour Blog' });
    expect(line).toBe(`Outlet: No outlet in the index for A Harbour Blog (index: ${indexFile})`);
  });

  it('refuses an index file that is not one', async () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'something else' }));
    const page = article('https://www.example-times.com/world/2026/11/30/harbour-cranes');
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await expect(detectCommand(page, { index: bad })).rejects.toThrow(/is not an outlet index/);
    await expect(detectCommand(page, { index: join(folder, 'none.json') })).rejects.toThrow(
      /--index .* does not exist/,
    );
  });

  it('says in its help that it prints the matched outlet, and where the index comes from', async () => {
    const bin = resolve(import.meta.dirname, '../../bin/parallax.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'detect', '--help']);
    expect(stdout).toMatch(/the outlet the extension would\s+show/);
    expect(stdout).toMatch(/no outlet in the index/);
    expect(stdout).toMatch(/--index <file>/);
  }, 60_000);
});
