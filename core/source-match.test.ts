import { describe, expect, it } from 'vitest';
import { bundledSources } from './bundled-catalog';
import { SourceMatcher } from './source-match';
import { TEST_SOURCES, URL_CASES } from './source-match.cases';

const matcher = new SourceMatcher([...bundledSources, ...TEST_SOURCES]);

describe('SourceMatcher: the URL table (core/source-match.cases.ts)', () => {
  it('has at least 150 real-world cases', () => {
    expect(URL_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(URL_CASES.map(([url, expected, why]) => ({ url, expected, why: why ?? '' })))(
    '$url → $expected $why',
    ({ url, expected }) => {
      expect(matcher.match(url)?.id ?? null).toBe(expected);
    },
  );
});

describe('SourceMatcher', () => {
  it('lets the first source listed keep a contested host', () => {
    const m = new SourceMatcher([
      { id: 'first', domains: ['a.com'] },
      { id: 'second', domains: ['a.com'] },
    ]);
    expect(m.match('https://a.com/x')?.id).toBe('first');
  });

  it('prefers the longer of two matching path scopes, whatever their order', () => {
    const m = new SourceMatcher([
      { id: 'site', domains: ['a.com'] },
      { id: 'section', domains: ['a.com/news'] },
      { id: 'subsection', domains: ['a.com/news/opinion'] },
    ]);
    expect(m.match('https://a.com/news/opinion/x')?.id).toBe('subsection');
    expect(m.match('https://a.com/news/x')?.id).toBe('section');
    expect(m.match('https://a.com/sport/x')?.id).toBe('site');
  });

  it('matches a scoped entry on a host that has no plain entry, and nothing else there', () => {
    const m = new SourceMatcher([{ id: 'scoped', domains: ['a.com/opinion'] }]);
    expect(m.match('https://www.a.com/opinion/x')?.id).toBe('scoped');
    expect(m.match('https://www.a.com/news/x')).toBeNull();
  });

  it('counts hosts and scopes, ignoring entries under no registrable domain', () => {
    expect(new SourceMatcher(TEST_SOURCES).size).toBe(13);
  });
});
