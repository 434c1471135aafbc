import { z } from 'zod';
import { KNOWN_RATER_PAGES, licenceIn } from './known-raters';
import { IsoDate } from './source';
import { decodeAllSources, type SourceIndex } from './source-index';
import { HttpUrl } from './web-url';

/** One rater as the source index in use carries it: what the Options page lists. */
export const RaterSummary = z.object({
  rater: z.string().min(1),
  /** The licence named in its attribution; null when the attribution names none. */
  licence: z.string().min(1).nullable(),
  /** Attribution texts that must accompany its ratings (one per snapshot, usually one). */
  attributions: z.array(z.string().min(1)),
  /** Where the rater publishes its ratings; null for a rater Parallax does not know. */
  page: HttpUrl.nullable(),
  /** Outlets in the index it rates, and how many of those get a bias position / reliability. */
  outlets: z.number().int().min(0),
  biasOutlets: z.number().int().min(0),
  reliabilityOutlets: z.number().int().min(0),
  /** Oldest and newest rating date; null when no rating carries one. */
  ratedOn: z.object({ first: IsoDate, last: IsoDate }).nullable(),
  /** Ratings with no date. */
  undated: z.number().int().min(0),
});
export type RaterSummary = z.infer<typeof RaterSummary>;

/** Options → "Data sources": the raters of the index the extension uses now, and the backend. */
export const DataSourcesReport = z.object({
  index: z.object({
    /** bundled: built into this version; backend: fetched from the backend and validated. */
    origin: z.enum(['bundled', 'backend']),
    /** When the backend last confirmed the index (ms since the epoch); null when bundled. */
    checkedAt: z.number().int().nullable(),
    outlets: z.number().int().min(0),
    /** Outlets a rating import added that are not in Parallax's curated catalog. */
    uncurated: z.number().int().min(0),
  }),
  /** Most outlets first. */
  raters: z.array(RaterSummary),
  /** The backend the story data comes from (the Options setting). */
  backendUrl: z.url(),
});
export type DataSourcesReport = z.infer<typeof DataSourcesReport>;

/** How many outlets `index` holds, and how many of them are not in the curated catalog. */
export function countIndexOutlets(index: SourceIndex): { outlets: number; uncurated: number } {
  // Domain-only sites (format 2) are outlets too, all of them uncurated.
  const all = decodeAllSources(index);
  return { outlets: all.length, uncurated: all.filter((s) => s.uncurated === true).length };
}

interface Tally {
  rater: string;
  attributions: Set<string>;
  ratingUrls: Set<string>;
  outlets: Set<number>;
  bias: Set<number>;
  reliability: Set<number>;
  dates: string[];
  undated: number;
}

/**
 * The raters in `index`, counted over its outlets. Raters are grouped by name: an index holds
 * one entry per (name, attribution), and a rater re-imported with a newer snapshot has two.
 */
export function summarizeRaters(index: SourceIndex): RaterSummary[] {
  const tallies = new Map<string, Tally>();
  decodeAllSources(index).forEach(({ ratings }, outlet) => {
    for (const { rater, attribution, position, reliability, ratedOn, url } of ratings) {
      let tally = tallies.get(rater);
      if (!tally) {
        tally = {
          rater,
          attributions: new Set(),
          ratingUrls: new Set(),
          outlets: new Set(),
          bias: new Set(),
          reliability: new Set(),
          dates: [],
          undated: 0,
        };
        tallies.set(rater, tally);
      }
      if (attribution) tally.attributions.add(attribution);
      if (url) tally.ratingUrls.add(url);
      tally.outlets.add(outlet);
      if (position !== null) tally.bias.add(outlet);
      if (reliability !== null) tally.reliability.add(outlet);
      if (ratedOn) tally.dates.push(ratedOn);
      else tally.undated += 1;
    }
  });
  return [...tallies.values()].map(toSummary).sort((a, b) => b.outlets - a.outlets);
}

function toSummary(tally: Tally): RaterSummary {
  const attributions = [...tally.attributions];
  const dates = tally.dates.sort();
  return {
    rater: tally.rater,
    licence: attributions.map(licenceIn).find((licence) => licence !== null) ?? null,
    attributions,
    page: KNOWN_RATER_PAGES[tally.rater] ?? sharedOrigin(tally.ratingUrls),
    outlets: tally.outlets.size,
    biasOutlets: tally.bias.size,
    reliabilityOutlets: tally.reliability.size,
    ratedOn: dates.length > 0 ? { first: dates[0] as string, last: dates.at(-1) as string } : null,
    undated: tally.undated,
  };
}

/** The site every one of a rater's rating links is on, as its page; null if they differ. */
function sharedOrigin(urls: ReadonlySet<string>): string | null {
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      origins.add(`${new URL(url).origin}/`);
    } catch {
      return null;
    }
  }
  return origins.size === 1 ? ([...origins][0] as string) : null;
}
