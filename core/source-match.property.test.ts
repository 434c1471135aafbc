import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledSources } from './bundled-catalog';
import { SourceMatcher } from './source-match';
import { unwrapUrl } from './unwrap-url';

/**
 * Property tests (issue 15, item 6): source matching is total (never throws, whatever it is
 * handed, and answers a catalog source or null) and follows hosts: any subdomain, path, query,
 * port or letter case of a catalog outlet's plain domain matches an outlet on that domain.
 * Bounded runs with a fixed seed unless FC_SEED says otherwise, so a failure reproduces.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 15;
const runs = { numRuns: 1500, seed };
const matcher = new SourceMatcher(bundledSources);
const ids = new Set(bundledSources.map((source) => source.id));
/**
 * Plain host entries (no path scope): every URL on them must find a source. Except hosts that
 * are link wrappers (core/unwrap-url.ts: shorteners such as apple.news), which never match by
 * design; the property found the catalog's apple-news outlet to be one (so it never matches).
 */
const plainDomains = bundledSources.flatMap((source) =>
  source.domains.filter(
    (domain) => !domain.includes('/') && unwrapUrl(`https://${domain}/`).kind === 'url',
  ),
);

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    '',
    ' ',
    'http://',
    'https://[::1',
    'javascript:alert(1)',
    '%',
    'a..b',
    '.',
    'com',
  ),
);

describe('SourceMatcher.match (properties)', () => {
  it('is total: any string gets a catalog source or null, never a throw', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const source = matcher.match(input);
        expect(source === null || ids.has(source.id)).toBe(true);
      }),
      runs,
    );
  });

  it('matches every subdomain, path, port and case of a catalog domain', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...plainDomains),
        fc.constantFrom('', 'www.', 'm.', 'amp.', 'edition.', 'news.'),
        fc.array(fc.webSegment(), { maxLength: 5 }),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.boolean(),
        (domain, prefix, segments, port, upper) => {
          const host = `${prefix}${domain.replace(/^www\./, '')}`;
          const url = `https://${upper ? host.toUpperCase() : host}${port ? `:${port}` : ''}/${segments.join('/')}?utm_source=x`;
          const source = matcher.match(url);
          expect(source, url).not.toBeNull();
          // The host's own source, or a more specific one (a subdomain or path entry) of the catalog.
          expect(ids.has(source?.id ?? '')).toBe(true);
          expect(matcher.match(host)).not.toBeNull();
        },
      ),
      runs,
    );
  });
});
