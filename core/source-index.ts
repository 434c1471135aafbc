import { z } from 'zod';
import { BiasPosition } from './bias';
import { withInferredFields } from './inferred-fields';
import { combinedPosition, type Rating, type Source, UnverifiableField } from './source';
import {
  decodeSite,
  encodeSites,
  IndexedSites,
  siteDomains,
  siteOf,
  uncuratedSourceId,
} from './source-index-sites';

export { siteRating, uncuratedSourceId } from './source-index-sites';

/**
 * The compact source index the extension ships and updates (GET /v1/sources/index): enough to
 * match a page to its outlet and draw the source card and badge with no network. Repeated
 * strings (raters, attributions, labels, dates, owners) sit once in `strings` and are referred
 * to by position; derived fields (combined position, "raters disagree") are recomputed on
 * decode. Left out: feeds, aliases, raters' entry names and provenance; GET
 * /v1/sources/:domain has them all. Domain-only outlets (most of it) travel as columns
 * (`sites`), so that 15,000 outlets fit in about 150 KB gzipped (`npm run bench -- source-index`).
 */

/** An index into `strings`; -1 for "none". */
const Ref = z.number().int().min(-1);

/**
 * One rating: [rater, label, position, reliability, ratedOn, url, score]. The attribution
 * belongs to the rater (`raters`), as each rater publishes under one licence. Trailing
 * elements equal to their default (-1 or null) are left out.
 */
const IndexedRating = z.tuple([
  z.number().int().min(0),
  Ref,
  BiasPosition.nullable(),
  Ref.optional(),
  Ref.optional(),
  z.string().nullable().optional(),
  z.number().nullable().optional(),
]);

/**
 * One source: [id, name, domains joined by spaces, ratings, owner, ownership, flags,
 * unverified fields, country, language]. Ownership is [parent, asOf, reference] as string
 * refs, or null. The id is "" when it is the importers' `site-<first domain>`; a country or
 * language inferred from the domain is left out (the decoder infers it again); trailing
 * defaults are left out. Version 1 entries end after the unverified fields.
 */
const IndexedSource = z.tuple([
  z.string(),
  z.string().min(1),
  z.string().min(3),
  z.array(IndexedRating),
  Ref.optional(),
  z.tuple([Ref, Ref, Ref]).nullable().optional(),
  z.number().int().min(0).optional(),
  z.array(UnverifiableField).optional(),
  z.string().length(2).nullable().optional(),
  z.string().min(2).max(8).nullable().optional(),
]);
type IndexedSource = z.infer<typeof IndexedSource>;

export const SOURCE_INDEX_FORMAT = 'parallax-source-index/2';

export const SourceIndex = z
  .object({
    /** Version 1 (no sites, no country or language) is still read: stored copies of it. */
    format: z.enum(['parallax-source-index/1', SOURCE_INDEX_FORMAT]),
    strings: z.array(z.string()),
    /** [name, attribution] refs per rater, referred to by position from ratings. */
    raters: z.array(z.tuple([Ref, Ref])),
    sources: z.array(IndexedSource),
    sites: z.array(IndexedSites).optional(),
  })
  .refine(
    (index) => (index.sites ?? []).every((group) => group[3].split(' ').length === group[4].length),
    'every domain of a sites group needs its score',
  );
export type SourceIndex = z.infer<typeof SourceIndex>;

const UNCURATED = 1;
const PORTAL = 2;
const NAME_DERIVED = 4;

/** Builds the index for `sources` (in their order: the first to claim a host keeps it). */
export function buildSourceIndex(sources: readonly Source[]): SourceIndex {
  const strings: string[] = [];
  const stringRefs = new Map<string, number>();
  const ref = (text: string | null | undefined): number => {
    if (text === null || text === undefined) return -1;
    let at = stringRefs.get(text);
    if (at === undefined) {
      at = strings.push(text) - 1;
      stringRefs.set(text, at);
    }
    return at;
  };
  const raters: [number, number][] = [];
  const raterRefs = new Map<string, number>();
  const raterRef = (rating: Rating): number => {
    const key = `${rating.rater}\u0000${rating.attribution}`;
    let at = raterRefs.get(key);
    if (at === undefined) {
      at = raters.push([ref(rating.rater), ref(rating.attribution)]) - 1;
      raterRefs.set(key, at);
    }
    return at;
  };
  const encoded: IndexedSource[] = [];
  const groups = new Map<string, { group: IndexedSites; domains: string[] }>();
  for (const raw of sources) {
    const source = withInferredFields(raw);
    const site = siteOf(source);
    if (site) {
      const r = raterRef(site);
      const key = `${r}\u0000${site.url}\u0000${site.ratedOn}`;
      let held = groups.get(key);
      if (!held) {
        held = { group: [r, site.url, ref(site.ratedOn), '', []], domains: [] };
        groups.set(key, held);
      }
      held.domains.push(source.domains[0] as string);
      held.group[4].push(Math.round(site.score * 100));
      continue;
    }
    encoded.push(encodeSource(source, ref, raterRef));
  }
  const sites = [...groups.values()].map(({ group, domains }): IndexedSites => {
    [group[3], group[4]] = encodeSites(domains, group[4]);
    return group;
  });
  return {
    format: SOURCE_INDEX_FORMAT,
    strings,
    raters,
    sources: encoded,
    ...(sites.length > 0 && { sites }),
  };
}

function encodeSource(
  source: Source,
  ref: (text: string | null | undefined) => number,
  raterRef: (rating: Rating) => number,
): IndexedSource {
  const ownership = source.ownership
    ? ([
        ref(source.ownership.parent),
        ref(source.ownership.asOf),
        ref(source.ownership.reference),
      ] as [number, number, number])
    : null;
  const derivedId = source.id === uncuratedSourceId(source.domains[0] ?? '');
  const inferred = source.inferred ?? [];
  const flags =
    (source.uncurated ? UNCURATED : 0) |
    (source.portal ? PORTAL : 0) |
    (inferred.includes('name') ? NAME_DERIVED : 0);
  return withoutDefaults(
    [
      derivedId ? '' : source.id,
      source.name,
      source.domains.join(' '),
      source.ratings.map((r) =>
        withoutDefaults(
          [
            raterRef(r),
            ref(r.label),
            r.position,
            ref(r.reliability),
            ref(r.ratedOn),
            r.url,
            r.score ?? null,
          ],
          3,
        ),
      ),
      ref(source.owner),
      ownership,
      flags,
      source.unverified ?? [],
      inferred.includes('country') ? null : source.country,
      inferred.includes('language') ? null : source.language,
    ],
    4,
  );
}

/** How many outlets the index holds: sources and sites. */
export function indexEntryCount(index: SourceIndex): number {
  let count = index.sources.length;
  for (const group of index.sites ?? []) count += group[4].length;
  return count;
}

/** Every entry's match keys, by position (sources, then sites), for the matcher. */
export function indexEntries(index: SourceIndex): { id: string; domains: string[]; at: number }[] {
  const entries = index.sources.map(([id, , domains], at) => ({
    id,
    domains: domains.split(' '),
    at,
  }));
  let at = entries.length;
  for (const group of index.sites ?? []) {
    for (const domain of siteDomains(group)) entries.push({ id: '', domains: [domain], at: at++ });
  }
  return entries;
}

/** The contract's Source for the entry at `at` (see indexEntries); null when out of range. */
export function decodeIndexEntry(index: SourceIndex, at: number): Source | null {
  const entry = index.sources[at];
  if (entry) return decodeIndexedSource(index, entry);
  let offset = index.sources.length;
  for (const group of index.sites ?? []) {
    const count = group[4].length;
    if (at < offset + count) return decodeSite(index, group, at - offset);
    offset += count;
  }
  return null;
}

/** Every outlet of the index, decoded (pages that list sources; reports). */
export function decodeAllSources(index: SourceIndex): Source[] {
  const all = index.sources.map((entry) => decodeIndexedSource(index, entry));
  for (const group of index.sites ?? []) {
    for (let i = 0; i < group[4].length; i++) all.push(decodeSite(index, group, i));
  }
  return all;
}

function textOf(index: SourceIndex, at: number): string | null {
  return at < 0 ? null : (index.strings[at] ?? null);
}

/** The contract's Source for one index entry; what the index leaves out is null or absent. */
export function decodeIndexedSource(index: SourceIndex, entry: IndexedSource): Source {
  const text = (at: number): string | null => textOf(index, at);
  const [
    rawId,
    name,
    domains,
    ratings,
    owner = -1,
    ownership = null,
    flags = 0,
    unverified = [],
    country = null,
    language = null,
  ] = entry;
  const id = rawId || uncuratedSourceId(domains.split(' ')[0] ?? '');
  const decodedRatings: Rating[] = ratings.map(
    ([rater, label, position, reliability = -1, ratedOn = -1, url = null, score = null]) => {
      const [raterName, attribution] = index.raters[rater] ?? [-1, -1];
      return {
        rater: text(raterName) ?? 'Unknown rater',
        entry: null,
        label: text(label) ?? '',
        position,
        reliability: text(reliability),
        ratedOn: text(ratedOn),
        url,
        attribution: text(attribution) ?? '',
        ...(score === null ? {} : { score }),
      };
    },
  );
  const source: Source = {
    id,
    name,
    domains: domains.split(' '),
    country,
    language,
    owner: text(owner),
    ...(ownership && {
      ownership: {
        parent: text(ownership[0]),
        asOf: text(ownership[1]) ?? '',
        reference: text(ownership[2]) ?? '',
      },
    }),
    feeds: [],
    ...(unverified.length > 0 && { unverified }),
    ratings: decodedRatings,
    ...((flags & UNCURATED) !== 0 && { uncurated: true }),
    ...((flags & PORTAL) !== 0 && { portal: true }),
    ...((flags & NAME_DERIVED) !== 0 && { inferred: ['name' as const] }),
    ...combinedPosition(decodedRatings),
  };
  return withInferredFields(source);
}

/** Drops trailing elements that equal their default (-1, 0, null, []): they cost bytes. */
function withoutDefaults<T extends unknown[]>(tuple: T, required: number): T {
  let end = tuple.length;
  while (end > required) {
    const last = tuple[end - 1];
    if (last === -1 || last === 0 || last === null || (Array.isArray(last) && last.length === 0)) {
      end -= 1;
    } else break;
  }
  return tuple.slice(0, end) as T;
}

/**
 * The sources that belong in the extension's index: curated ones and any with a rating, bias
 * or reliability (an outlet only idiap scores is a rated outlet, not an unknown one).
 */
export function sourcesForIndex(sources: readonly Source[]): Source[] {
  return sources.filter((source) => !source.uncurated || source.ratings.length > 0);
}
