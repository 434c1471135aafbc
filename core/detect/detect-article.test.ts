// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogMatchPatterns } from '../../scripts/build/match-patterns';
import { canonicalizeUrl } from '../url';
import { detectArticle as detectWith } from './detect-article';
import { normalizePublishedAt } from './published-at';

/** As the CLI and the background see it: URLs in the project's canonical form. */
const detectArticle = (doc: Document, url: string) => detectWith(doc, url, canonicalizeUrl);

function page(name: string): Document {
  const html = readFileSync(join(__dirname, 'fixtures', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('detectArticle', () => {
  it('reads OpenGraph metadata and canonicalises the canonical link', () => {
    const pageUrl = 'https://www.reuters.com/world/budget-2024/?utm_source=twitter';
    expect(detectArticle(page('og-article.html'), pageUrl)).toMatchObject({
      isArticle: true,
      pageUrl,
      article: {
        url: 'https://reuters.com/world/budget-2024',
        title: 'Parliament passes the budget after a long night',
        outlet: 'Reuters',
        publishedAt: '2024-05-01T08:30:00.000Z',
      },
    });
  });

  it('finds the article in a JSON-LD @graph with an array @type, skipping malformed blocks', () => {
    const detection = detectArticle(page('json-ld-graph.html'), 'https://dailyexample.com/a?x=1');
    expect(detection).toMatchObject({
      isArticle: true,
      pageUrl: 'https://dailyexample.com/a?x=1',
      article: {
        url: 'https://dailyexample.com/a?x=1',
        title: 'Senators reach a deal on border funding',
        outlet: 'The Daily Example',
        publishedAt: '2024-02-03T13:15:00.000Z',
      },
    });
  });

  it('reads a top-level JSON-LD array, og:url, the <title> without its outlet suffix and <time>', () => {
    const detection = detectArticle(page('json-ld-array.html'), 'https://example-post.com/x');
    expect(detection).toMatchObject({
      isArticle: true,
      pageUrl: 'https://example-post.com/x',
      article: {
        url: 'https://example-post.com/opinion/budget-fails',
        title: 'Opinion: why the budget fails',
        outlet: 'Example Post',
        publishedAt: '2024-03-09T00:00:00.000Z',
        type: 'opinion',
        evidence: {
          url: 'og',
          title: 'title',
          outlet: 'json-ld',
          publishedAt: 'time',
          type: 'json-ld',
        },
      },
    });
  });

  it('says a home page is not an article', () => {
    const pageUrl = 'https://www.example-times.com/';
    expect(detectArticle(page('homepage.html'), pageUrl)).toEqual({
      isArticle: false,
      pageUrl,
      reason: 'home page',
    });
  });

  it('believes the page over front-page metadata left on one story (canonical and og:* of the front page)', () => {
    const pageUrl = 'https://www.example-portal.com/news/harbour-cranes-restart-232949721.html';
    const detection = detectArticle(page('front-page-metadata.html'), pageUrl);
    expect(detection).toMatchObject({
      isArticle: true,
      article: {
        // Its own address, not the front page the canonical link names.
        url: 'https://example-portal.com/news/harbour-cranes-restart-232949721.html',
        title: 'Harbour cranes restart after a week-long power cut',
        publishedAt: '2026-11-30T07:45:00.000Z',
        // The front page's description is not the story's.
        description: null,
        evidence: { isArticle: 'readability', url: 'page', title: 'title' },
      },
    });
  });

  it('keeps a section front a section front, though it prints a dated story', () => {
    const pageUrl = 'https://www.example-portal.com/news/world/';
    expect(detectArticle(page('section-front-with-headline.html'), pageUrl)).toMatchObject({
      isArticle: false,
      reason: 'section front',
    });
    // Read at another address, its canonical link still names the section.
    const elsewhere = 'https://www.example-portal.com/news/world/index-232949721.html';
    expect(detectArticle(page('section-front-with-headline.html'), elsewhere)).toMatchObject({
      isArticle: false,
      reason: 'section front',
    });
  });

  it('keeps an article with an unreadable date, resolving a relative canonical link', () => {
    const detection = detectArticle(
      page('bad-date.html'),
      'https://www.bbc.co.uk/news/storm?ocid=x',
    );
    expect(detection).toMatchObject({
      isArticle: true,
      article: { url: 'https://bbc.co.uk/news/storm', title: 'Storm hits the coast', outlet: null },
    });
    expect(detection.isArticle && detection.article.publishedAt).toBeNull();
  });

  it('says a page with no metadata at all is not an article', () => {
    const doc = new DOMParser().parseFromString('<p>hello</p>', 'text/html');
    expect(detectArticle(doc, 'https://cnn.com/').isArticle).toBe(false);
  });
});

describe('normalizePublishedAt', () => {
  it.each([
    ['2024-05-01T10:30:00Z', '2024-05-01T10:30:00.000Z'],
    ['2024-05-01T10:30:00+02:00', '2024-05-01T08:30:00.000Z'],
    ['2024-05-01 10:30:00+0200', '2024-05-01T08:30:00.000Z'],
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['May 1, 2024', null],
    ['2024-13-45T99:00:00Z', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(normalizePublishedAt(input)).toBe(expected);
  });
});

describe('catalogMatchPatterns', () => {
  it('lists each domain bare and with any subdomain, and nothing else', () => {
    expect(catalogMatchPatterns([{ domains: ['bbc.com', 'bbc.co.uk'] }])).toEqual([
      '*://bbc.co.uk/*',
      '*://*.bbc.co.uk/*',
      '*://bbc.com/*',
      '*://*.bbc.com/*',
    ]);
  });
});
