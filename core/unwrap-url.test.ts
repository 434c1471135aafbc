import { describe, expect, it } from 'vitest';
import { unwrapUrl } from './unwrap-url';

const target = (input: string) => {
  const result = unwrapUrl(input);
  return result.kind === 'url' ? result.url.href : result.kind;
};

/** Base64url as Bing writes it after its "a1" prefix. */
const bing = (url: string) =>
  `https://www.bing.com/ck/a?!&&p=abc&u=a1${btoa(url).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}&ntb=1`;

describe('unwrapUrl', () => {
  it.each([
    [
      'Google /url?q=',
      'https://www.google.com/url?q=https://www.bbc.co.uk/news/x&sa=U&ved=1',
      'https://www.bbc.co.uk/news/x',
    ],
    [
      'Google /url?url= (signed-in form)',
      'https://www.google.co.uk/url?sa=t&url=https%3A%2F%2Fapnews.com%2Farticle%2Fa',
      'https://apnews.com/article/a',
    ],
    [
      'Google AMP viewer',
      'https://www.google.com/amp/s/www.cnn.com/2024/01/01/x/index.html',
      'https://www.cnn.com/2024/01/01/x/index.html',
    ],
    [
      'AMP cache',
      'https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/world/x',
      'https://www.theguardian.com/world/x',
    ],
    [
      'Bing ck/a a1-base64',
      bing('https://www.reuters.com/world/x/'),
      'https://www.reuters.com/world/x/',
    ],
    [
      'DuckDuckGo uddg=',
      'https://duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.npr.org%2F2024%2F01%2F01%2Fx&rut=abc',
      'https://www.npr.org/2024/01/01/x',
    ],
    [
      'DuckDuckGo protocol-relative',
      '//duckduckgo.com/l/?uddg=https%3A%2F%2Fwww.npr.org%2Fa',
      'https://www.npr.org/a',
    ],
    [
      'Facebook l.php?u=',
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.nytimes.com%2F2024%2Fx.html%3Ffbclid%3D1&h=AT0',
      'https://www.nytimes.com/2024/x.html?fbclid=1',
    ],
    [
      'Facebook mobile lm.',
      'https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.foxnews.com%2Fpolitics%2Fx',
      'https://www.foxnews.com/politics/x',
    ],
    [
      'YouTube redirect',
      'https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Fwww.bbc.com%2Fnews%2Fx',
      'https://www.bbc.com/news/x',
    ],
    [
      'nested: Facebook around Google AMP',
      `https://l.facebook.com/l.php?u=${encodeURIComponent('https://www.google.com/amp/s/www.cnn.com/x')}`,
      'https://www.cnn.com/x',
    ],
  ])('%s', (_name, input, expected) => {
    expect(target(input)).toBe(expected);
  });

  it('reports t.co and other shorteners as opaque: their target is not in the URL', () => {
    expect(unwrapUrl('https://t.co/07aUgF8gJs')).toEqual({ kind: 'opaque', wrapper: 't.co' });
  });

  it('treats a Bing link without the a1 prefix, or with a broken target, as no match', () => {
    expect(target('https://www.bing.com/ck/a?u=zz')).toBe('opaque');
    expect(target('https://www.google.com/url?q=javascript:alert(1)')).toBe('invalid');
  });

  it('leaves plain links alone', () => {
    expect(target('https://www.reuters.com/a?b=1')).toBe('https://www.reuters.com/a?b=1');
  });
});
