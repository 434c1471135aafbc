import type { Selectable } from 'kysely';
import type { BiasPosition } from '../../core/bias';
import type { Rating, RatingProvenance, Source } from '../../core/source';
import type { RatingsTable, SourcesTable } from './schema';

/** Table rows ⇄ the contract's Source: the only place that knows both shapes. */
export function sourceFromRows(
  row: Selectable<SourcesTable>,
  domains: readonly string[],
  ratings: readonly Selectable<RatingsTable>[],
): Source {
  return {
    id: row.id,
    name: row.name,
    domains: [...domains],
    country: row.country,
    language: row.language,
    owner: row.owner,
    ...optionalJson('ownership', row.ownership),
    ...optionalJson('aliases', row.aliases),
    feeds: JSON.parse(row.feeds) as string[],
    ...optionalJson('unverified', row.unverified),
    ratings: ratings.map(ratingFromRow),
    ...(row.uncurated ? { uncurated: true } : {}),
    position: row.position as BiasPosition | null,
    ratersDisagree: Boolean(row.raters_disagree),
  };
}

function ratingFromRow(row: Selectable<RatingsTable>): Rating {
  return {
    rater: row.rater,
    entry: row.entry,
    label: row.label,
    position: row.position as BiasPosition | null,
    reliability: row.reliability,
    ratedOn: row.rated_on,
    url: row.url,
    attribution: row.attribution,
    // Absent rather than null, so that a curated rating reads back exactly as the catalog has it.
    ...(row.score === null ? {} : { score: row.score }),
    ...(row.provenance === null
      ? {}
      : { provenance: JSON.parse(row.provenance) as RatingProvenance }),
  };
}

export function sourceRow(source: Source): Selectable<SourcesTable> {
  return {
    id: source.id,
    name: source.name,
    country: source.country,
    language: source.language,
    owner: source.owner,
    feeds: JSON.stringify(source.feeds),
    position: source.position,
    raters_disagree: source.ratersDisagree ? 1 : 0,
    ownership: source.ownership === undefined ? null : JSON.stringify(source.ownership),
    aliases: source.aliases === undefined ? null : JSON.stringify(source.aliases),
    unverified: source.unverified === undefined ? null : JSON.stringify(source.unverified),
    uncurated: source.uncurated ? 1 : 0,
  };
}

export function ratingRows(source: Source): Selectable<RatingsTable>[] {
  return source.ratings.map((rating, ordinal) => ratingRow(source.id, rating, ordinal));
}

export function ratingRow(
  sourceId: string,
  rating: Rating,
  ordinal: number,
): Selectable<RatingsTable> {
  return {
    source_id: sourceId,
    rater: rating.rater,
    ordinal,
    entry: rating.entry,
    label: rating.label,
    position: rating.position,
    reliability: rating.reliability,
    rated_on: rating.ratedOn,
    url: rating.url,
    attribution: rating.attribution,
    score: rating.score ?? null,
    provenance: rating.provenance ? JSON.stringify(rating.provenance) : null,
  };
}

/** An optional Source field: absent when the column is NULL, parsed JSON otherwise. */
function optionalJson<K extends 'ownership' | 'aliases' | 'unverified'>(
  key: K,
  text: string | null,
): Partial<Pick<Source, K>> {
  return text === null ? {} : ({ [key]: JSON.parse(text) } as Partial<Pick<Source, K>>);
}
