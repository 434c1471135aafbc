import { z } from 'zod';
import { BiasPosition } from './bias';
import { HttpUrl } from './web-url';

/** ISO calendar date (YYYY-MM-DD), as raters publish when they rated. */
export const IsoDate = z.iso.date();

/** The file row an imported rating came from, so that every figure can be traced back. */
export const RatingProvenance = z.object({
  /** The imported file's name (no directory: paths on the operator's machine are private). */
  file: z.string().min(1),
  /** 1-based line of the row in that file (where a multi-line CSV record starts). */
  line: z.number().int().positive(),
  /** The importer format: allsides, idiap, perennial or csv. */
  format: z.string().min(1),
});
export type RatingProvenance = z.infer<typeof RatingProvenance>;

/**
 * One rater's verdict on one outlet, kept as the rater published it (label, date, link)
 * together with where Parallax places that label on its own 7-point scale.
 */
export const Rating = z.object({
  /** Who rated: "AllSides", "Wikipedia perennial sources", … */
  rater: z.string().min(1),
  /** The rater's own name for what it rated, e.g. "CNN (Online News)"; null if it gives none. */
  entry: z.string().min(1).nullable(),
  /** The rater's own label, exactly as published, e.g. "Lean Left". */
  label: z.string().min(1),
  /** The label on Parallax's 7-point scale; null when the rater gives no bias position. */
  position: BiasPosition.nullable(),
  /** Factuality or reliability, as the rater words it; null when the rater gives none. */
  reliability: z.string().min(1).nullable(),
  /** When the rating was made, or the date of the snapshot it was read from; null if unknown. */
  ratedOn: IsoDate.nullable(),
  /** The rater's page for this outlet. */
  url: HttpUrl.nullable(),
  /** Attribution and licence text that must accompany the rating. */
  attribution: z.string().min(1),
  /** The rater's number where it publishes one (idiap: reliability from −1 to 1). */
  score: z.number().nullable().optional(),
  /** Where an imported rating was read: absent for ratings curated in data/catalog.json. */
  provenance: RatingProvenance.optional(),
});
export type Rating = z.infer<typeof Rating>;

/**
 * A host the outlet publishes on, optionally narrowed to a path (`nytimes.com/wirecutter`) for
 * sections that are rated differently from their parent site. A path segment `*` matches any
 * one segment, for sections under dated paths: `nytimes.com/*\/*\/*\/opinion` matches
 * `nytimes.com/2025/06/01/opinion/…` (see core/source-match.ts).
 */
const Domain = z
  .string()
  .min(3)
  .max(253)
  .regex(
    /^[a-z0-9.-]+\.[a-z]{2,}(\/([a-z0-9._~%-]+|\*))*$/,
    'a lower-case host name such as example.com, optionally with a path such as example.com/opinion',
  );

/** Who owns an outlet, and on what the record rests. */
export const Ownership = z.object({
  /** The parent company or ultimate owner above `owner`, when there is one. */
  parent: z.string().min(1).nullable(),
  /** The date the ownership facts were last checked. */
  asOf: IsoDate,
  /** Where they were checked: a URL or a citation. */
  reference: z.string().min(1),
});
export type Ownership = z.infer<typeof Ownership>;

/** Catalog fields that could not be checked against a reference and are recorded as unverified. */
export const UnverifiableField = z.enum(['owner', 'feeds', 'domains', 'country', 'language']);

/**
 * Fields Parallax derived rather than took from a curator or rater: `name` is the outlet's
 * domain (no rater names it: the page's own og:site_name is the better name at run time),
 * `country` and `language` come from the domain's country-code TLD (core/cctld-country.ts).
 */
export const InferredField = z.enum(['name', 'country', 'language']);
export type InferredField = z.infer<typeof InferredField>;

export const Source = z.object({
  /** Stable slug, e.g. "reuters". */
  id: z.string().regex(/^[a-z0-9-]+$/, 'a lower-case slug such as "new-york-times"'),
  name: z.string().min(1),
  /** Registrable domains (and any extra hosts) that belong to this outlet. */
  domains: z.array(Domain).min(1),
  country: z.string().length(2).nullable(),
  language: z.string().min(2).max(8).nullable(),
  owner: z.string().min(1).nullable(),
  ownership: Ownership.nullable().optional(),
  /** Other names the outlet goes by ("NYT", "The Times"), for matching outlet names. */
  aliases: z.array(z.string().min(1)).optional(),
  feeds: z.array(HttpUrl).default([]),
  /** Fields recorded from general knowledge that are not yet checked against a reference. */
  unverified: z.array(UnverifiableField).optional(),
  ratings: z.array(Rating),
  /**
   * True for a source an importer created because a rated domain matched no catalog outlet:
   * its name is the rater's and nothing else about it was checked.
   */
  uncurated: z.boolean().optional(),
  /** Fields derived from the domain, not checked by anyone (see InferredField). */
  inferred: z.array(InferredField).optional(),
  /**
   * True for a portal (MSN, Yahoo, AOL) that carries other outlets' articles: a page on it
   * is to be attributed to the outlet that wrote it, shown as "X via MSN".
   */
  portal: z.boolean().optional(),
  /** Combined position derived from `ratings` by `combinedPosition`; null when unrated. */
  position: BiasPosition.nullable(),
  /** True when the raters' positions differ by two steps or more. */
  ratersDisagree: z.boolean(),
});
export type Source = z.infer<typeof Source>;

/** The few fields of a source that travel with every article in a story. */
export const SourceSummary = Source.pick({ id: true, name: true, position: true });
export type SourceSummary = z.infer<typeof SourceSummary>;

/**
 * The one rule that combines raters: the median of their positions; with an even number of
 * raters, the middle position nearer to Center (so that no single rater can pull an outlet
 * towards an extreme). Raters that give no bias position are ignored.
 */
export function combinedPosition(ratings: readonly Pick<Rating, 'position'>[]): {
  position: BiasPosition | null;
  ratersDisagree: boolean;
} {
  const positions = ratings
    .map((rating) => rating.position)
    .filter((position): position is BiasPosition => position !== null)
    .sort((a, b) => a - b);
  if (positions.length === 0) return { position: null, ratersDisagree: false };
  const middle = positions.length >> 1;
  let position = positions[middle] as BiasPosition;
  if (positions.length % 2 === 0) {
    const lower = positions[middle - 1] as BiasPosition;
    position = Math.abs(lower) < Math.abs(position) ? lower : position;
  }
  const spread = (positions.at(-1) as number) - (positions[0] as number);
  return { position, ratersDisagree: spread >= 2 };
}

/**
 * An outlet only a rater knows (no catalog entry): its first rating, and nothing the catalog
 * would say (country, owner, feeds). Its position is not combined yet (null), as the importers
 * and the index's domain-only sites both leave it for whoever adds more ratings.
 */
export function uncuratedSource(
  id: string,
  name: string,
  domains: readonly string[],
  rating: Rating,
): Source {
  return {
    id,
    name,
    domains: [...domains],
    country: null,
    language: null,
    owner: null,
    feeds: [],
    ratings: [rating],
    uncurated: true,
    position: null,
    ratersDisagree: false,
  };
}
