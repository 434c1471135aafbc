import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserFacingError } from '../errors';
import type { SourcesPart } from '../store/sources-part';
import type { RatedRow, RatingReader } from './rated-row';
import { readAllSides } from './read-allsides';
import { readGenericCsv } from './read-generic-csv';
import { readIdiap } from './read-idiap';
import { readPerennial } from './read-perennial';
import { resolveTargets } from './resolve-targets';

export const RATING_FORMATS = {
  allsides: readAllSides,
  idiap: readIdiap,
  perennial: readPerennial,
  csv: readGenericCsv,
} satisfies Record<string, RatingReader>;
export type RatingFormat = keyof typeof RATING_FORMATS;

export interface RatingsImportOptions {
  /** The date the file's ratings were published; default: a YYYY-MM-DD in the file name. */
  ratedOn?: string | null;
  /** Replaces the format's default attribution and licence text. */
  attribution?: string;
  /** Ratings per transaction: a failure loses at most this batch. */
  batchSize?: number;
  onProgress?: (stage: 'reading' | 'writing', done: number, total?: number) => void;
}

export interface RatingsImportSummary {
  file: string;
  format: RatingFormat;
  ratedOn: string | null;
  rowsRead: number;
  /** Rows whose rating was stored (new, changed or already so). */
  rowsUsed: number;
  /** Rows attached to a curated catalog source. */
  rowsOnCatalogSources: number;
  sourcesCreated: number;
  sourcesUpdated: number;
  sourcesUnchanged: number;
  /** Sources whose combined leaning changed: their stories' views are to be rebuilt. */
  changedSources: string[];
  /** Every rejected line, by reason. */
  rejected: Map<string, number[]>;
  millis: number;
}

export class RatingsImportError extends UserFacingError {
  override readonly name = 'RatingsImportError';
}

/**
 * Imports a rating file: reads every row (keeping unusable ones with their reason), matches
 * rows to sources (server/ratings/resolve-targets.ts), then writes in batches, each one
 * transaction. Importing the same file again updates ratings and never duplicates them.
 */
export async function importRatings(
  store: { sources: Pick<SourcesPart, 'list' | 'match' | 'importRatings'> },
  file: string,
  format: RatingFormat,
  options: RatingsImportOptions = {},
): Promise<RatingsImportSummary> {
  const started = Date.now();
  await assertReadableFile(file);
  const ratedOn =
    options.ratedOn === undefined
      ? (/(\d{4}-\d{2}-\d{2})/.exec(basename(file))?.[1] ?? null)
      : options.ratedOn;
  const summary: RatingsImportSummary = {
    file,
    format,
    ratedOn,
    rowsRead: 0,
    rowsUsed: 0,
    rowsOnCatalogSources: 0,
    sourcesCreated: 0,
    sourcesUpdated: 0,
    sourcesUnchanged: 0,
    changedSources: [],
    rejected: new Map(),
    millis: 0,
  };
  const reject = (line: number, reason: string) => {
    const lines = summary.rejected.get(reason) ?? [];
    lines.push(line);
    summary.rejected.set(reason, lines);
  };

  const rows: RatedRow[] = [];
  try {
    const reader = RATING_FORMATS[format];
    for await (const result of reader(file, { ratedOn, attribution: options.attribution })) {
      summary.rowsRead += 1;
      if (summary.rowsRead % 500 === 0) options.onProgress?.('reading', summary.rowsRead);
      if (result.ok) rows.push(result.row);
      else reject(result.line, result.reason);
    }
  } catch (error) {
    throw new RatingsImportError(
      `Import stopped: ${file} could not be read as ${format} after ${summary.rowsRead} rows ` +
        `(${(error as Error).message}). Nothing was stored. Check that --format matches the file.`,
    );
  }

  const { items, rejected } = resolveTargets(rows, {
    sources: await store.sources.list(),
    match: (url) => store.sources.match(url),
  });
  for (const { line, reason } of rejected) reject(line, reason);

  const name = basename(file);
  const batchSize = options.batchSize ?? 1000;
  for (let i = 0; i < items.length; i += batchSize) {
    const batch = items.slice(i, i + batchSize);
    try {
      const result = await store.sources.importRatings(
        batch.map(({ sourceId, create, line, rating }) => ({
          sourceId,
          ...(create ? { create } : {}),
          rating: { ...rating, provenance: { file: name, line, format } },
        })),
      );
      summary.sourcesCreated += result.created.length;
      summary.sourcesUpdated += result.updated.length;
      summary.sourcesUnchanged += result.unchanged.length;
      summary.changedSources.push(...result.changed);
    } catch (error) {
      throw new RatingsImportError(
        `Import stopped: the ratings of lines ${batch[0]?.line}–${batch.at(-1)?.line} of ${file} ` +
          `could not be stored (${(error as Error).message}). None of that batch was saved; the ` +
          `${i} ratings before it were. Fix the cause and run the import again: stored ratings ` +
          'are updated, not duplicated.',
      );
    }
    summary.rowsUsed += batch.length;
    summary.rowsOnCatalogSources += batch.filter((item) => item.curated).length;
    options.onProgress?.('writing', summary.rowsUsed, items.length);
  }
  summary.millis = Date.now() - started;
  return summary;
}

async function assertReadableFile(file: string): Promise<void> {
  let isFile = false;
  try {
    isFile = (await stat(file)).isFile();
  } catch {
    throw new RatingsImportError(`Cannot read ${file}: no such file. Give the path to the file.`);
  }
  if (!isFile) throw new RatingsImportError(`Cannot read ${file}: it is not a file.`);
}

export function rejectedRows(summary: RatingsImportSummary): number {
  let total = 0;
  for (const lines of summary.rejected.values()) total += lines.length;
  return total;
}
