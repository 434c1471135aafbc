import { describe, expect, it } from 'vitest';
import type { DetectedArticle, PageDetection } from './detected-article';
import { attributePage, type OutletMatchers, sourceNamedLike } from './portal-attribution';
import type { Source } from './source';
import { SourceMatcher } from './source-match';

function outlet(id: string, name: string, domains: string[], extra: Partial<Source> = {}): Source {
  return {
    id,
    name,
    domains,
    country: 'US',
    language: 'en',
    owner: null,
    feeds: [],
    ratings: [],
    position: null,
    ratersDisagree: false,
    ...extra,
  };
}

const insider = outlet('business-insider', 'Business Insider', ['businessinsider.com']);
const guardian = outlet('guardian', 'The Guardian', ['theguardian.com']);
const yahooNews = outlet('yahoo-news', 'Yahoo News', ['yahoo.com'], { position: -1 });
const flaggedPortal = outlet('newsportal', 'Newsportal', ['newsportal.example'], {
  portal: true,
} as Partial<Source>);
const matcher = new SourceMatcher([insider, guardian, yahooNews, flaggedPortal]);
const match: OutletMatchers = { byUrl: (url) => matcher.match(url) };

function onPage(pageUrl: string, article: Partial<DetectedArticle>): PageDetection {
  return {
    isArticle: true,
    pageUrl,
    article: { url: pageUrl, title: 'A headline', outlet: null, publishedAt: null, ...article },
  };
}

const MSN = { host: 'www.msn.com', name: 'MSN' };
const MSN_PAGE = 'https://www.msn.com/en-us/money/ar-AA1pX3k2';

describe('attributePage', () => {
  it("on a portal, the credited outlet's site names the source, and the portal is the via", () => {
    const detection = onPage(MSN_PAGE, {
      portal: MSN,
      origin: { name: 'Business Insider', url: 'https://businessinsider.com/', from: 'json-ld' },
    });
    const attribution = attributePage(detection, MSN_PAGE, match);
    expect(attribution.source?.id).toBe('business-insider');
    expect(attribution.via).toEqual(MSN);
    expect(attribution.siteName).toBe('Business Insider');
    // The outlet's home page is no article address: the lookup keeps the page's own.
    expect(attribution.detection.isArticle && attribution.detection.article.url).toBe(MSN_PAGE);
  });

  it("looks the story up by the outlet's own article address when the page gives it", () => {
    const origin = 'https://theguardian.com/money/2026/nov/30/rail-fares';
    const page = 'https://news.apple.com/AbC123xyz';
    const detection = onPage(page, {
      portal: { host: 'news.apple.com', name: 'Apple News' },
      origin: { name: null, url: origin, from: 'link' },
    });
    const attribution = attributePage(detection, page, match);
    expect(attribution.source?.id).toBe('guardian');
    expect(attribution.siteName).toBe('The Guardian');
    expect(attribution.detection.isArticle && attribution.detection.article.url).toBe(origin);
  });

  it("an AMP cache address is the outlet's own already (the matcher unwraps it): no via", () => {
    const page = 'https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/x/y';
    const detection = onPage(page, {
      portal: { host: 'www-theguardian-com.cdn.ampproject.org', name: 'Google AMP cache' },
      origin: { name: 'the Guardian', url: 'https://theguardian.com/x/y', from: 'link' },
    });
    const attribution = attributePage(detection, page, match);
    expect(attribution.source?.id).toBe('guardian');
    expect(attribution.via).toBeNull();
  });

  it('finds an outlet credited by name alone when the index has that name at its address', () => {
    const detection = onPage(MSN_PAGE, {
      portal: MSN,
      origin: { name: 'Business Insider', url: null, from: 'html' },
    });
    expect(attributePage(detection, MSN_PAGE, match).source?.id).toBe('business-insider');
  });

  it('prefers the matcher by name when there is one', () => {
    const detection = onPage(MSN_PAGE, {
      portal: MSN,
      origin: { name: 'BI', url: null, from: 'html' },
    });
    const byName = (name: string) => (name === 'BI' ? insider : null);
    expect(attributePage(detection, MSN_PAGE, { ...match, byName }).source?.id).toBe(
      'business-insider',
    );
  });

  it('names a credited outlet the index lacks instead of rating the portal', () => {
    const page = 'https://www.yahoo.com/news/space-ship-breaks-up.html';
    const detection = onPage(page, {
      portal: { host: 'www.yahoo.com', name: 'Yahoo' },
      origin: { name: 'Associated Press', url: 'http://ap.org/', from: 'html' },
    });
    const attribution = attributePage(detection, page, match);
    expect(attribution.source).toBeNull();
    expect(attribution.via?.name).toBe('Yahoo');
    expect(attribution.siteName).toBe('Associated Press');
  });

  it("keeps the portal's own article as the portal's, with no via", () => {
    const page = 'https://www.yahoo.com/news/own-story.html';
    const credited = onPage(page, {
      portal: { host: 'www.yahoo.com', name: 'Yahoo' },
      origin: { name: 'Yahoo News', url: 'https://news.yahoo.com/', from: 'html' },
    });
    expect(attributePage(credited, page, match)).toMatchObject({ via: null });
    expect(attributePage(credited, page, match).source?.id).toBe('yahoo-news');
    const uncredited = onPage(page, { portal: { host: 'www.yahoo.com', name: 'Yahoo' } });
    expect(attributePage(uncredited, page, match).source?.id).toBe('yahoo-news');
  });

  it('never believes a credit off a portal: the site is the outlet', () => {
    const page = 'https://theguardian.com/world/a';
    const detection = onPage(page, {
      outlet: 'The Guardian',
      origin: { name: 'Business Insider', url: 'https://businessinsider.com/a/b', from: 'meta' },
    });
    expect(attributePage(detection, page, match)).toMatchObject({
      via: null,
      siteName: 'The Guardian',
    });
    expect(attributePage(detection, page, match).source?.id).toBe('guardian');
  });

  it('a portal the index flags counts like a known one', () => {
    const page = 'https://newsportal.example/story/1';
    const detection = onPage(page, {
      origin: { name: 'Business Insider', url: null, from: 'json-ld' },
    });
    const attribution = attributePage(detection, page, match);
    expect(attribution.source?.id).toBe('business-insider');
    expect(attribution.via).toEqual({ host: 'newsportal.example', name: 'Newsportal' });
  });

  it("a page that is no article keeps the site's own outlet and name", () => {
    const detection: PageDetection = {
      isArticle: false,
      pageUrl: 'https://docs.example.org/',
      siteName: 'Example Docs',
    };
    expect(attributePage(detection, detection.pageUrl, match)).toMatchObject({
      source: null,
      via: null,
      siteName: 'Example Docs',
    });
  });
});

describe('sourceNamedLike', () => {
  it('accepts only an outlet whose name is the credited name', () => {
    expect(sourceNamedLike('Guardian', match.byUrl)?.id).toBe('guardian');
    expect(sourceNamedLike('business insider', match.byUrl)?.id).toBe('business-insider');
    // businessinsider.com is Business Insider, not "Business": no guess beyond the name.
    expect(sourceNamedLike('Insider', match.byUrl)).toBeNull();
    expect(sourceNamedLike('?', match.byUrl)).toBeNull();
  });
});
