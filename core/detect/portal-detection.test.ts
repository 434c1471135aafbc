// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DetectedArticle } from '../detected-article';
import { canonicalizeUrl } from '../url';
import { detectArticle } from './detect-article';
import { isOnPortal, isPortalOwnName, portalOf } from './portals';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/portals');

function detectFixture(name: string, pageUrl: string): DetectedArticle {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const detection = detectArticle(doc, pageUrl, canonicalizeUrl);
  if (!detection.isArticle) throw new Error(`${name} was not detected as an article`);
  return detection.article;
}

describe('portalOf', () => {
  it.each([
    ['www.msn.com', 'MSN'],
    ['finance.yahoo.com', 'Yahoo Finance'],
    ['uk.news.yahoo.com', 'Yahoo News'],
    ['ca.sports.yahoo.com', 'Yahoo Sports'],
    ['www.yahoo.com', 'Yahoo'],
    ['www.aol.com', 'AOL'],
    ['www-theguardian-com.cdn.ampproject.org', 'Google AMP cache'],
    ['news.apple.com', 'Apple News'],
    ['apple.news', 'Apple News'],
    ['www.pressreader.com', 'PressReader'],
    ['news.sina.com.cn', 'Sina'],
    ['wiadomosci.onet.pl', 'Onet'],
    ['www.smartnews.com', 'SmartNews'],
  ])('%s is the portal %s', (host, name) => {
    expect(portalOf(host)).toEqual({ host, name });
  });

  it.each(['www.reuters.com', 'msnbc.com', 'notyahoo.com', 'apple.com', 'google.com'])(
    '%s is no portal',
    (host) => expect(portalOf(host)).toBeNull(),
  );

  it("tells the portal's own names and hosts from another outlet's", () => {
    expect(isPortalOwnName('finance.yahoo.com', 'Yahoo Finance')).toBe(true);
    expect(isPortalOwnName('finance.yahoo.com', 'Reuters')).toBe(false);
    expect(isPortalOwnName('news.sina.com.cn', '新浪新闻')).toBe(true);
    expect(isPortalOwnName('news.sina.com.cn', '新华社')).toBe(false);
    const yahoo = { host: 'finance.yahoo.com', name: 'Yahoo Finance' };
    expect(isOnPortal('www.yahoo.com', yahoo)).toBe(true);
    expect(isOnPortal('www.reuters.com', yahoo)).toBe(false);
  });
});

describe('detectArticle on portal pages', () => {
  it('MSN: the outlet from JSON-LD provider, with its site; MSN as the portal', () => {
    const article = detectFixture(
      'msn-business-insider.html',
      'https://www.msn.com/en-us/money/companies/why-chip-makers-are-racing-to-build-in-the-desert/ar-AA1pX3k2',
    );
    expect(article.portal).toEqual({ host: 'www.msn.com', name: 'MSN' });
    expect(article.origin).toEqual({
      name: 'Business Insider',
      url: 'https://businessinsider.com/',
      from: 'json-ld',
    });
  });

  it("Yahoo News: the outlet from the provider logo's alt text and link", () => {
    const article = detectFixture(
      'yahoo-news-reuters.html',
      'https://www.yahoo.com/news/port-strike-ends-after-two-weeks-101500123.html',
    );
    expect(article.portal).toEqual({ host: 'www.yahoo.com', name: 'Yahoo' });
    expect(article.origin).toEqual({ name: 'Reuters', url: 'https://reuters.com/', from: 'html' });
  });

  it('AOL: a provider credit without a link gives the name alone', () => {
    const article = detectFixture(
      'aol-associated-press.html',
      'https://www.aol.com/news/storm-brings-first-snow-season-154500871.html',
    );
    expect(article.portal?.name).toBe('AOL');
    expect(article.origin).toEqual({ name: 'Associated Press', url: null, from: 'html' });
  });

  it("Google's AMP cache: the canonical link is the outlet's own article", () => {
    const article = detectFixture(
      'amp-cache-guardian.html',
      'https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/money/2026/nov/30/rail-fares-to-rise-in-march',
    );
    expect(article.portal?.name).toBe('Google AMP cache');
    expect(article.origin).toEqual({
      name: 'the Guardian',
      url: 'https://theguardian.com/money/2026/nov/30/rail-fares-to-rise-in-march',
      from: 'og',
    });
  });

  it('off a portal, a credit counts only with an address on another site', () => {
    const article = detectFixture('msn-business-insider.html', 'https://www.example-news.com/a');
    expect(article.portal).toBeNull();
    // og:site_name "MSN" and a canonical to msn.com (a portal) name no outlet; the JSON-LD
    // provider with its own site does.
    expect(article.origin).toEqual({
      name: 'Business Insider',
      url: 'https://businessinsider.com/',
      from: 'json-ld',
    });
  });
});
