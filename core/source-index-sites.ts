import { z } from 'zod';
import { countryFromDomain } from './cctld-country';
import { withInferredFields } from './inferred-fields';
import { idiapBand, RELIABILITY_BAND_WORDS } from './reliability-band';
import { type Rating, type Source, uncuratedSource } from './source';
import type { SourceIndex } from './source-index';

/** An index into the index's `strings`; -1 for "none". */
const Ref = z.number().int().min(-1);

/**
 * Domain-only outlets, one column per field: most of the index is domains one rater scores
 * and no one names (idiap), and a tuple each would cost more than the domain itself. One
 * group per [rater, url, ratedOn]; `scores[i]` is the score of the i-th domain in hundredths.
 * Domains are sorted and front-coded (gzip alone leaves a third more): each is one digit, the
 * characters it shares with the previous domain (at most 9), then the rest of it.
 * Each decodes to an uncurated source named by its domain, country and language from its
 * ccTLD, with the rating `siteRating` rebuilds (label = the score to two places, reliability
 * = its band in words).
 */
export const IndexedSites = z.tuple([
  z.number().int().min(0),
  z.string().nullable(),
  Ref,
  z.string().regex(/^(\d[^ ]*( \d[^ ]*)*)?$/, 'front-coded domains'),
  z.array(z.number().int().min(-100).max(100)),
]);
export type IndexedSites = z.infer<typeof IndexedSites>;

/**
 * The rating a domain-only outlet carries, rebuilt from its score: what the idiap importer
 * writes (server/ratings/read-idiap.ts). Also the test of which sources are stored as sites.
 */
export function siteRating(
  rater: string,
  attribution: string,
  url: string | null,
  ratedOn: string | null,
  score: number,
): Rating & { score: number } {
  return {
    rater,
    entry: null,
    label: score.toFixed(2),
    position: null,
    reliability: RELIABILITY_BAND_WORDS[idiapBand(score)],
    ratedOn,
    url,
    attribution,
    score,
  };
}

/** The source's one rating when the source is a domain-only outlet, else null. */
export function siteOf(source: Source): (Rating & { score: number }) | null {
  const [rating, ...more] = source.ratings;
  const [domain, ...otherDomains] = source.domains;
  if (!rating || more.length > 0 || !domain || otherDomains.length > 0) return null;
  if (!source.uncurated || source.portal || source.name !== domain || domain.includes('/')) {
    return null;
  }
  if (source.id !== uncuratedSourceId(domain) || source.owner !== null || source.ownership) {
    return null;
  }
  if ((source.unverified ?? []).length > 0) return null;
  const guess = countryFromDomain(domain);
  if (source.country !== (guess?.country ?? null)) return null;
  if (source.language !== (guess?.language ?? null)) return null;
  const score = rating.score;
  if (typeof score !== 'number' || Math.round(score * 100) / 100 !== score) return null;
  const rebuilt = siteRating(rating.rater, rating.attribution, rating.url, rating.ratedOn, score);
  const same =
    rebuilt.label === rating.label &&
    rebuilt.position === rating.position &&
    rebuilt.reliability === rating.reliability;
  return same ? rebuilt : null;
}

const compare = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);

/** A group's domains and scores, sorted by domain: [front-coded domains, scores]. */
export function encodeSites(
  domains: readonly string[],
  scores: readonly number[],
): [string, number[]] {
  const order = domains.map((_, i) => i).sort((a, b) => compare(domains[a], domains[b]));
  return [frontCode(order.map((i) => domains[i] as string)), order.map((i) => scores[i] as number)];
}

function frontCode(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((domain) => {
      let shared = 0;
      while (shared < 9 && domain[shared] !== undefined && domain[shared] === previous[shared]) {
        shared += 1;
      }
      previous = domain;
      return `${shared}${domain.slice(shared)}`;
    })
    .join(' ');
}

const decodedDomains = new WeakMap<IndexedSites, string[]>();

/** A sites group's domains, in order (decoded once per group). */
export function siteDomains(group: IndexedSites): string[] {
  let domains = decodedDomains.get(group);
  if (!domains) {
    let previous = '';
    domains = group[3].split(' ').map((coded) => {
      previous = previous.slice(0, Number(coded[0])) + coded.slice(1);
      return previous;
    });
    decodedDomains.set(group, domains);
  }
  return domains;
}

/** The source a site decodes to: the i-th domain of `group`. */
export function decodeSite(index: SourceIndex, group: IndexedSites, i: number): Source {
  const textOf = (at: number) => (at < 0 ? null : (index.strings[at] ?? null));
  const [rater, url, ratedOn, , scores] = group;
  const domain = siteDomains(group)[i] ?? '';
  const [raterName = -1, attribution = -1] = index.raters[rater] ?? [];
  const rating = siteRating(
    textOf(raterName) ?? 'Unknown rater',
    textOf(attribution) ?? '',
    url,
    textOf(ratedOn),
    (scores[i] ?? 0) / 100,
  );
  return withInferredFields(uncuratedSource(uncuratedSourceId(domain), domain, [domain], rating));
}

/** The id importers give a source they create for a domain: `site-` + the domain as a slug. */
export function uncuratedSourceId(domain: string): string {
  return `site-${domain.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
