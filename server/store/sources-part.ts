import type { Source } from '../../core/source';
import { SourceMatcher } from '../../core/source-match';
import type { Db } from './schema';
import { ratingRows, sourceFromRows, sourceRow } from './source-rows';
import {
  type ImportedRating,
  type ImportRatingsResult,
  recomputePositions,
  writeImportedRatings,
} from './write-ratings';

/** `store.sources`: outlets, their domains and ratings, and the matcher over them. */
export interface SourcesPart {
  /**
   * All or nothing; each source's domains and ratings are replaced by the given ones. `changed`:
   * the sources whose name or combined position is not what it was, whose stories' views are
   * then stale (the story service refreshes them).
   */
  upsert(sources: readonly Source[]): Promise<{ sources: number; changed: string[] }>;
  /**
   * All or nothing: imported ratings, each replacing its rater's earlier rating of that source,
   * creating uncurated sources where asked; positions recomputed (store/write-ratings).
   */
  importRatings(
    items: readonly ImportedRating[],
  ): Promise<ImportRatingsResult & { changed: string[] }>;
  list(): Promise<Source[]>;
  get(id: string): Promise<Source | null>;
  /** The stored source a URL or host belongs to (see core SourceMatcher), or null. In memory. */
  match(urlOrHost: string): Source | null;
}

/**
 * The matcher, shared by the store and its transactions: matching runs on every lookup, so it
 * lives in memory and is rebuilt after sources change (after commit, inside a transaction).
 */
export class SourceMatcherState {
  matcher = new SourceMatcher<Source>([]);
  /** Set inside a transaction that changed sources; the store reloads after commit. */
  stale = false;
  async reload(db: Db): Promise<void> {
    this.matcher = new SourceMatcher(await readSources(db));
    this.stale = false;
  }
}

export function sourcesPart(
  db: Db,
  state: SourceMatcherState,
  atomic: <T>(fn: (db: Db) => Promise<T>) => Promise<T>,
): SourcesPart {
  const afterChange = async () => {
    if (db.isTransaction) state.stale = true;
    else await state.reload(db);
  };
  return {
    async upsert(sources) {
      const changed = await atomic(async (trx) => {
        const before = await namesAndPositions(trx);
        for (const source of sources) await writeSource(trx, source);
        return changedSince(before, await namesAndPositions(trx));
      });
      await afterChange();
      return { sources: sources.length, changed };
    },
    async importRatings(items) {
      const result = await atomic(async (trx) => {
        const before = await namesAndPositions(trx);
        const written = await writeImportedRatings(trx, items);
        return { ...written, changed: changedSince(before, await namesAndPositions(trx)) };
      });
      await afterChange();
      return result;
    },
    list: () => readSources(db),
    async get(id) {
      return (await readSources(db, id))[0] ?? null;
    },
    match: (urlOrHost) => state.matcher.match(urlOrHost),
  };
}

/** What a story view shows of a source: its name and combined position. */
async function namesAndPositions(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('sources').select(['id', 'name', 'position']).execute();
  return new Map(rows.map((row) => [row.id, `${row.name}\u0000${row.position}`]));
}

function changedSince(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([id, value]) => before.get(id) !== value).map(([id]) => id);
}

async function writeSource(trx: Db, source: Source): Promise<void> {
  const row = sourceRow(source);
  const { id: _id, ...changes } = row;
  await trx
    .insertInto('sources')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(changes))
    .execute();
  // A host moves with the catalog: whoever held it before loses it.
  await trx
    .deleteFrom('source_domains')
    .where((eb) => eb.or([eb('source_id', '=', source.id), eb('domain', 'in', source.domains)]))
    .execute();
  await trx
    .insertInto('source_domains')
    .values(source.domains.map((domain, ordinal) => ({ domain, source_id: source.id, ordinal })))
    .execute();
  // The catalog's own ratings are replaced; imported ones (with provenance) are kept, and win
  // over a catalog rating by the same rater: the operator imported them on purpose, later.
  await trx
    .deleteFrom('ratings')
    .where('source_id', '=', source.id)
    .where('provenance', 'is', null)
    .execute();
  const imported = await trx
    .selectFrom('ratings')
    .select('rater')
    .where('source_id', '=', source.id)
    .execute();
  const importedRaters = new Set(imported.map((row) => row.rater));
  const ratings = ratingRows(source).filter((row) => !importedRaters.has(row.rater));
  if (ratings.length > 0) await trx.insertInto('ratings').values(ratings).execute();
  if (imported.length > 0) await recomputePositions(trx, [source.id]);
}

/** All stored sources (or the one with `id`), with domains and ratings in catalog order. */
async function readSources(db: Db, id?: string): Promise<Source[]> {
  let sources = db.selectFrom('sources').selectAll().orderBy('name').orderBy('id');
  let domains = db.selectFrom('source_domains').selectAll().orderBy('ordinal');
  let ratings = db.selectFrom('ratings').selectAll().orderBy('ordinal');
  if (id !== undefined) {
    sources = sources.where('id', '=', id);
    domains = domains.where('source_id', '=', id);
    ratings = ratings.where('source_id', '=', id);
  }
  // One after the other: inside a transaction the three share one connection.
  const sourceRows = await sources.execute();
  const domainRows = await domains.execute();
  const ratingRowsRead = await ratings.execute();
  // Grouped once: filtering per source is quadratic, and imports create thousands of sources.
  const domainsOf = groupBy(domainRows, (d) => d.source_id);
  const ratingsOf = groupBy(ratingRowsRead, (r) => r.source_id);
  return sourceRows.map((row) =>
    sourceFromRows(
      row,
      (domainsOf.get(row.id) ?? []).map((d) => d.domain),
      ratingsOf.get(row.id) ?? [],
    ),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
