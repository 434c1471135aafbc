import type { Selectable } from 'kysely';
import type { BiasPosition } from '../../core/bias';
import { combinedPosition, type Rating } from '../../core/source';
import type { Db, RatingsTable } from './schema';
import { ratingRow } from './source-rows';

/**
 * One imported rating: for an existing source, or for a new uncurated source created with
 * the given name and domains when `create` is set and no source has that id yet.
 */
export interface ImportedRating {
  sourceId: string;
  create?: { name: string; domains: readonly string[] };
  rating: Rating;
}

export interface ImportRatingsResult {
  /** Source ids created by this call. */
  created: string[];
  /** Source ids whose rating from this rater was added or changed. */
  updated: string[];
  /** Source ids whose rating was already stored exactly so (a repeated import). */
  unchanged: string[];
}

/**
 * Writes imported ratings: one per (source, rater), replacing that rater's earlier rating, so
 * that importing a file again updates and never duplicates. The combined position of every
 * touched source is recomputed from all its ratings.
 */
export async function writeImportedRatings(
  trx: Db,
  items: readonly ImportedRating[],
): Promise<ImportRatingsResult> {
  const result: ImportRatingsResult = { created: [], updated: [], unchanged: [] };
  const touched = new Set<string>();
  for (const { sourceId, create, rating } of items) {
    const exists = await trx
      .selectFrom('sources')
      .select('id')
      .where('id', '=', sourceId)
      .executeTakeFirst();
    if (!exists) {
      if (!create)
        throw new Error(`No source "${sourceId}" to attach a ${rating.rater} rating to.`);
      await createUncuratedSource(trx, sourceId, create);
      result.created.push(sourceId);
    }
    const stored = await trx
      .selectFrom('ratings')
      .selectAll()
      .where('source_id', '=', sourceId)
      .where('rater', '=', rating.rater)
      .executeTakeFirst();
    let ordinal = stored?.ordinal;
    if (ordinal === undefined) {
      const last = await trx
        .selectFrom('ratings')
        .select((eb) => eb.fn.max('ordinal').as('max'))
        .where('source_id', '=', sourceId)
        .executeTakeFirst();
      ordinal = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
    }
    const row = ratingRow(sourceId, rating, ordinal);
    if (stored && sameRating(stored, row)) {
      if (exists) result.unchanged.push(sourceId);
      continue;
    }
    if (stored) {
      await trx
        .deleteFrom('ratings')
        .where('source_id', '=', sourceId)
        .where('rater', '=', rating.rater)
        .execute();
    }
    await trx.insertInto('ratings').values(row).execute();
    if (exists) result.updated.push(sourceId);
    touched.add(sourceId);
  }
  await recomputePositions(trx, [...touched]);
  return result;
}

async function createUncuratedSource(
  trx: Db,
  id: string,
  { name, domains }: { name: string; domains: readonly string[] },
): Promise<void> {
  await trx
    .insertInto('sources')
    .values({
      id,
      name,
      country: null,
      language: null,
      owner: null,
      feeds: '[]',
      position: null,
      raters_disagree: 0,
      ownership: null,
      aliases: null,
      unverified: null,
      uncurated: 1,
    })
    .execute();
  // A domain already held by another source stays with it: the catalog and earlier imports win.
  for (const [ordinal, domain] of domains.entries()) {
    await trx
      .insertInto('source_domains')
      .values({ domain, source_id: id, ordinal })
      .onConflict((oc) => oc.column('domain').doNothing())
      .execute();
  }
}

const COMPARED = [
  'entry',
  'label',
  'position',
  'reliability',
  'rated_on',
  'url',
  'attribution',
  'score',
  'provenance',
] as const;

function sameRating(a: Selectable<RatingsTable>, b: Selectable<RatingsTable>): boolean {
  return COMPARED.every((key) => a[key] === b[key]);
}

/** The one documented rule (core combinedPosition) over every stored rating of each source. */
export async function recomputePositions(trx: Db, sourceIds: readonly string[]): Promise<void> {
  // In chunks: PostgreSQL and SQLite both cap the number of bound parameters.
  for (let i = 0; i < sourceIds.length; i += 500) {
    const chunk = sourceIds.slice(i, i + 500);
    const rows = await trx
      .selectFrom('ratings')
      .select(['source_id', 'position'])
      .where('source_id', 'in', chunk)
      .execute();
    for (const id of chunk) {
      const combined = combinedPosition(
        rows
          .filter((row) => row.source_id === id)
          .map((row) => ({ position: row.position as BiasPosition | null })),
      );
      await trx
        .updateTable('sources')
        .set({ position: combined.position, raters_disagree: combined.ratersDisagree ? 1 : 0 })
        .where('id', '=', id)
        .execute();
    }
  }
}
