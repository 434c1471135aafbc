import { describe, expect, it } from 'vitest';
import { domainMatchPatterns, hostOfDomain } from './match-patterns';

describe('domainMatchPatterns', () => {
  it('lists each host once as *.host, which covers it bare and its subdomains, sorted', () => {
    expect(domainMatchPatterns(['bbc.com', 'bbc.co.uk', 'bbc.com']).patterns).toEqual([
      '*://*.bbc.co.uk/*',
      '*://*.bbc.com/*',
    ]);
  });

  it('covers the whole host of a domain listed with a path, and normalises case and a final dot', () => {
    expect(hostOfDomain('Example.COM/opinion')).toBe('example.com');
    expect(domainMatchPatterns(['example.com/opinion', 'EXAMPLE.com.']).patterns).toEqual([
      '*://*.example.com/*',
    ]);
  });

  it('keeps punycode hosts and leaves out what the browser would refuse', () => {
    const { patterns, rejected } = domainMatchPatterns([
      'xn--80ak6aa92e.xn--p1ai',
      'lenta.ru',
      '127.0.0.1',
      'localhost',
      '*.wild.com',
      'bad_host.com',
      '-dash.com',
      'a..b.com',
      'has space.com',
      '',
    ]);
    expect(patterns).toEqual(['*://*.lenta.ru/*', '*://*.xn--80ak6aa92e.xn--p1ai/*']);
    expect(rejected).toHaveLength(8);
  });
});
