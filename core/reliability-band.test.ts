import { describe, expect, it } from 'vitest';
import { countryFromDomain } from './cctld-country';
import { IDIAP_RATER, idiapBand, perennialBand, reliabilityBand } from './reliability-band';

describe('reliability bands', () => {
  it.each([
    [1, 'high'],
    [0.5, 'high'],
    [0.49, 'mixed'],
    [0, 'mixed'],
    [-0.49, 'mixed'],
    [-0.5, 'low'],
    [-1, 'low'],
  ] as const)('idiap %d is %s', (score, band) => {
    expect(idiapBand(score)).toBe(band);
  });

  it.each([
    ['Generally reliable', 'high'],
    ['No consensus', 'mixed'],
    ['Generally unreliable', 'low'],
    ['Blacklisted / Deprecated', 'low'],
    ['Generally reliable / No consensus', 'mixed'],
    ['Reliable sources/Noticeboard', null],
  ] as const)('perennial %j is %s', (label, band) => {
    expect(perennialBand(label)).toBe(band);
  });

  it('reads idiap scores only from idiap, statuses from the words, nothing from bias labels', () => {
    const base = { label: '0.70', reliability: null, score: 0.7 };
    expect(reliabilityBand({ ...base, rater: IDIAP_RATER })).toBe('high');
    expect(reliabilityBand({ ...base, rater: 'Some 0–100 rater' })).toBeNull();
    expect(
      reliabilityBand({ rater: 'AllSides', label: 'Left', reliability: null, score: null }),
    ).toBeNull();
  });
});

describe('countryFromDomain', () => {
  it.each([
    ['lemonde.fr', { country: 'FR', language: 'fr' }],
    ['bbc.co.uk', { country: 'GB', language: 'en' }],
    ['abc.net.au', { country: 'AU', language: 'en' }],
    ['folha.uol.com.br', { country: 'BR', language: 'pt' }],
    ['lesoir.be', { country: 'BE', language: null }],
    ['thehindu.co.in/section', { country: 'IN', language: null }],
  ])('%s → %j', (domain, expected) => {
    expect(countryFromDomain(domain)).toEqual(expected);
  });

  it.each(['nytimes.com', 'techcrunch.io', 'news.co', 'rferl.eu', 'euronews.tv'])(
    '%s says nothing about a country',
    (domain) => {
      expect(countryFromDomain(domain)).toBeNull();
    },
  );
});
