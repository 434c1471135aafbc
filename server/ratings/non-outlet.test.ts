import { describe, expect, it } from 'vitest';
import { nonOutletKind } from './non-outlet';
import { outletDomain } from './outlet-domain';
import { REJECT } from './rated-row';

describe('nonOutletKind', () => {
  it.each([
    ['facebook.com', 'social'],
    ['reddit.com', 'social'],
    ['en.wikipedia.org', 'reference'],
    ['archive.org', 'reference'],
    ['bit.ly', 'shortener'],
    ['t.co', 'shortener'],
    ['wordpress.com', 'blogHost'],
    ['substack.com', 'blogHost'],
    ['news.google.com', 'platform'],
    ['github.com', 'platform'],
    ['whitehouse.gov', 'government'],
    ['www.gov.uk', 'government'],
    ['service-public.gouv.fr', 'government'],
    ['mhlw.go.jp', 'government'],
    ['europa.eu', 'government'],
    ['who.int', 'government'],
    ['harvard.edu', 'academic'],
    ['ox.ac.uk', 'academic'],
    ['unimelb.edu.au', 'academic'],
  ])('%s is %s', (host, kind) => {
    expect(nonOutletKind(host)).toBe(kind);
  });

  it.each([
    'nytimes.com',
    'abcnews.go.com',
    'bbc.co.uk',
    'lemonde.fr',
    'someone.blogspot.com',
    'someone.substack.com',
    'msn.com',
    'news.yahoo.com',
  ])('%s may be an outlet', (host) => {
    expect(nonOutletKind(host)).toBeNull();
  });

  it('gives the operator the reason through outletDomain', () => {
    expect(outletDomain('https://www.whitehouse.gov/')).toEqual({
      ok: false,
      reason: REJECT.government,
    });
    expect(outletDomain('https://bit.ly')).toEqual({ ok: false, reason: REJECT.shortener });
    expect(outletDomain('https://mit.edu/')).toEqual({ ok: false, reason: REJECT.academic });
  });
});
