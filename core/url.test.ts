import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, registrableDomain } from './url';

describe('canonicalizeUrl', () => {
  it.each([
    [
      'http://www.reuters.com/world/story-2026/?utm_source=twitter&utm_medium=social#comments',
      'https://reuters.com/world/story-2026',
    ],
    ['https://m.bbc.co.uk/news/world-123', 'https://bbc.co.uk/news/world-123'],
    [
      'https://edition.cnn.com/2026/11/20/politics/x/index.html',
      'https://edition.cnn.com/2026/11/20/politics/x',
    ],
    ['https://www.nytimes.com/a.html?fbclid=abc&b=2&a=1', 'https://nytimes.com/a.html?a=1&b=2'],
    [
      'https://amp.theguardian.com/world/2026/nov/20/x',
      'https://theguardian.com/world/2026/nov/20/x',
    ],
    ['https://user:pw@www.foxnews.com/politics/x?gclid=1', 'https://foxnews.com/politics/x'],
    ['HTTPS://WWW.NPR.ORG/2026/11/20/1/x', 'https://npr.org/2026/11/20/1/x'],
    [
      'https://www.bbc.co.uk/news/x?at_medium=RSS&at_campaign=KARANGA&mc_cid=1&mc_eid=2&id=7',
      'https://bbc.co.uk/news/x?id=7',
    ],
    [
      'https://mobile.nytimes.com/x.html?smid=tw-nytimes&ref_src=twsrc',
      'https://nytimes.com/x.html',
    ],
    ['https://www1.cbn.com/cbnnews/x/index.htm', 'https://cbn.com/cbnnews/x'],
    ['https://amp.dev/documentation', 'https://amp.dev/documentation'],
    [
      'https://www-cnn-com.cdn.ampproject.org/c/s/www.cnn.com/2026/11/20/politics/x/index.html',
      'https://cnn.com/2026/11/20/politics/x',
    ],
    [
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.reuters.com%2Fworld%2Fx%3Futm_source%3Dfb',
      'https://reuters.com/world/x',
    ],
    ['https://t.co/AbC123', 'https://t.co/AbC123'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it.each(['', 'not a url', 'ftp://reuters.com/x', 'javascript:alert(1)', 'mailto:a@b.c'])(
    'returns null for %j',
    (input) => {
      expect(canonicalizeUrl(input)).toBeNull();
    },
  );

  it('is idempotent', () => {
    const once = canonicalizeUrl('http://www.reuters.com/a/b/?utm_campaign=x&id=3');
    expect(once).not.toBeNull();
    expect(canonicalizeUrl(once as string)).toBe(once);
  });
});

describe('registrableDomain', () => {
  it('is public-suffix aware', () => {
    expect(registrableDomain('https://news.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(registrableDomain('https://www.abc.net.au/news')).toBe('abc.net.au');
    expect(registrableDomain('garbage')).toBeNull();
    expect(registrableDomain('https://someone.blogspot.com/x')).toBe('someone.blogspot.com');
    expect(registrableDomain('https://co.uk/')).toBeNull();
    expect(registrableDomain('http://127.0.0.1/')).toBeNull();
  });
});
