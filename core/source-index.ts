import { z } from 'zod';
import { BiasPosition } from './bias';
import { combinedPosition, type Rating, type Source, UnverifiableField } from './source';

/**
 * The compact source index the extension ships and updates (GET /v1/sources/index): enough to
 * match a page to its outlet and draw the source card and badge with no network. Repeated
 * strings (raters, attributions, labels, dates, owners) sit once in `strings` and are referred
 * to by position; derived fields (combined position, "raters disagree") are recomputed on
 * decode. Left out: feeds, aliases, country, language, raters' entry names and provenance;
 * GET /v1/sources/:domain has them all.
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
 * unverified fields]. Ownership is [parent, asOf, reference] as string refs, or null. The id
 * is "" when it is the importers' `site-<first domain>`; trailing defaults are left out.
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
]);
type IndexedSource = z.infer<typeof IndexedSource>;

export const SourceIndex = z.object({
  format: z.literal('parallax-source-index/1'),
  strings: z.array(z.string()),
  /** [name, attribution] refs per rater, referred to by position from ratings. */
  raters: z.array(z.tuple([Ref, Ref])),
  sources: z.array(IndexedSource),
});
export type SourceIndex = z.infer<typeof SourceIndex>;

const UNCURATED = 1;

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
  const encoded = sources.map((source): IndexedSource => {
    const ownership = source.ownership
      ? ([
          ref(source.ownership.parent),
          ref(source.ownership.asOf),
          ref(source.ownership.reference),
        ] as [number, number, number])
      : null;
    const domains = source.domains.join(' ');
    const derivedId = source.id === uncuratedSourceId(source.domains[0] ?? '');
    return withoutDefaults(
      [
        derivedId ? '' : source.id,
        source.name,
        domains,
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
        source.uncurated ? UNCURATED : 0,
        source.unverified ?? [],
      ],
      4,
    );
  });
  return { format: 'parallax-source-index/1', strings, raters, sources: encoded };
}

/** The contract's Source for one index entry; what the index leaves out is null or absent. */
export function decodeIndexedSource(index: SourceIndex, entry: IndexedSource): Source {
  const text = (at: number): string | null => (at < 0 ? null : (index.strings[at] ?? null));
  const [rawId, name, domains, ratings, owner = -1, ownership = null, flags = 0, unverified = []] =
    entry;
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
  return {
    id,
    name,
    domains: domains.split(' '),
    country: null,
    language: null,
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
    ...combinedPosition(decodedRatings),
  };
}

/** The id importers give a source they create for a domain: `site-` + the domain as a slug. */
export function uncuratedSourceId(domain: string): string {
  return `site-${domain.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
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

/** The sources that belong in the extension's index: curated ones and any with a bias rating. */
export function sourcesForIndex(sources: readonly Source[]): Source[] {
  return sources.filter((source) => !source.uncurated || source.position !== null);
}
