import { describe, expect, it } from 'vitest';
import { SourceMatcher } from './source-match';

const matcher = new SourceMatcher([
  { id: 'bbc', domains: ['bbc.co.uk', 'bbc.com'] },
  { id: 'cbn', domains: ['cbn.com'] },
  { id: 'abc-news', domains: ['abcnews.go.com'] },
  { id: 'foo', domains: ['foo.co.uk'] },
]);

describe('SourceMatcher', () => {
  it.each([
    ['https://www.bbc.co.uk/news/world-1', 'bbc'],
    ['https://news.bbc.co.uk/1/hi/world', 'bbc'],
    ['https://www1.cbn.com/cbnnews/2026/x', 'cbn'],
    ['https://abcnews.go.com/Politics/x', 'abc-news'],
    ['https://news.foo.co.uk/x', 'foo'],
    ['bbc.com', 'bbc'],
  ])('%s → %s', (url, id) => {
    expect(matcher.match(url)?.id).toBe(id);
  });

  it.each([
    'https://go.com/x',
    'https://other.co.uk/x',
    'https://co.uk/',
    'https://notbbc.com/x',
    'not a url',
    '',
    'http://[::1]/x',
  ])('does not match %j', (url) => {
    expect(matcher.match(url)).toBeNull();
  });
});
