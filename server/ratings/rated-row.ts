import type { Rating } from '../../core/source';

/** One usable row of a rating file, before it is matched to a source. */
export interface RatedRow {
  /** 1-based line where the row starts (for JSON: the entry's position in the file). */
  line: number;
  /** The rater's name for the outlet, when it gives one. */
  name: string | null;
  /** Hosts or host/path scopes the row rates, most significant first; may be empty. */
  domains: string[];
  /**
   * Why the row's link could not serve as a domain (a Twitter or author page); the row can still
   * be used when its name identifies a catalog outlet.
   */
  domainProblem: string | null;
  rating: Omit<Rating, 'provenance'>;
}

/** A rejected row: its line, why, and (where the row has one) what it named: domain or name. */
export type RowResult =
  | { ok: true; row: RatedRow }
  | { ok: false; line: number; reason: string; subject?: string };

/** What every reader is given besides the file. */
export interface ReaderOptions {
  /** The date the ratings were published (snapshot date); null when unknown. */
  ratedOn: string | null;
  /** Overrides the reader's default attribution/licence text. */
  attribution?: string;
}

export type RatingReader = (file: string, options: ReaderOptions) => AsyncIterable<RowResult>;

/** The reasons rows are rejected for, worded for the person reading the import summary. */
export const REJECT = {
  noDomain: 'no domain, and the name matches no catalog outlet',
  social: 'link is a social, profile or reference page, not an outlet',
  author: 'link is an author or person page, not an outlet',
  deepLink: 'link is an article or other deep page, not an outlet',
  badDomain: 'not a usable domain name',
  platform: 'a hosting platform (public suffix such as blogspot.com), not one outlet',
  shortener: 'a link shortener, not an outlet',
  blogHost: 'a blog host (its blogs are their own sites), not one outlet',
  service: 'a search engine, shop, code host or other web service, not an outlet',
  government: 'a government or intergovernmental site, not an outlet',
  academic: 'a university or academic site, not an outlet',
  duplicate: 'another row of this file rates the same outlet (it was kept)',
  noScore: 'no usable score',
  unknownLabel: (label: string) => `unknown label "${label}"`,
  missingColumn: (column: string) => `missing required column "${column}"`,
  badValue: (column: string) => `invalid value in column "${column}"`,
} as const;
