import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../core/source';
import { buildSourceIndex, type SourceIndex, sourcesForIndex } from '../../core/source-index';
import { RATING_FORMATS, type RatingFormat } from './import-ratings';
import { type MergedOutlets, mergeOutlets, type RatedFile } from './merge-outlets';
import { type OutletIndexSummary, summarizeOutlets } from './outlet-index-summary';
import type { RowResult } from './rated-row';

/**
 * The rating files an index is built from, in merge order: AllSides first (it names outlets
 * and gives bias), then Wikipedia's perennial list (names), then idiap (bare domains), so that
 * a domain idiap scores joins the outlet the others already named.
 */
export const INDEX_RATING_FILES: readonly { format: RatingFormat; pattern: RegExp }[] = [
  { format: 'allsides', pattern: /^allsides-.*\.csv$/ },
  { format: 'perennial', pattern: /^wikipedia-perennial-.*\.csv$/ },
  { format: 'idiap', pattern: /^idiap-.*\.json$/ },
];

export interface OutletIndexBuild {
  index: SourceIndex;
  merged: MergedOutlets;
  summary: OutletIndexSummary;
}

export type Progress = (file: string, rows: number) => void;

/** The rating files found in `dir`, by format; a format with no file is absent. */
export function findRatingFiles(dir: string): { format: RatingFormat; path: string }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const names = readdirSync(dir).sort();
  return INDEX_RATING_FILES.flatMap(({ format, pattern }) => {
    // The newest snapshot when several are there: dated names sort by date.
    const name = names.filter((n) => pattern.test(n)).at(-1);
    return name ? [{ format, path: join(dir, name) }] : [];
  });
}

/**
 * Builds the outlet index from the curated catalog and the rating files in `ratingsDir`
 * (reproducible: same files, same index). Throws when the directory holds none of them:
 * the caller decides whether a catalog-only index is acceptable.
 */
export async function buildOutletIndex(
  catalog: readonly Source[],
  ratingsDir: string,
  onProgress?: Progress,
): Promise<OutletIndexBuild> {
  const found = findRatingFiles(ratingsDir);
  if (found.length === 0) {
    throw new Error(
      `No rating files in ${ratingsDir} (expected ${INDEX_RATING_FILES.map((f) => f.pattern.source).join(', ')}).`,
    );
  }
  const files: RatedFile[] = [];
  for (const { format, path } of found) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const ratedOn = /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? null;
    const results: RowResult[] = [];
    for await (const result of RATING_FORMATS[format](path, { ratedOn })) {
      results.push(result);
      if (results.length % 1000 === 0) onProgress?.(file, results.length);
    }
    onProgress?.(file, results.length);
    files.push({ file, format, results });
  }
  const merged = mergeOutlets(catalog, files);
  const missing = INDEX_RATING_FILES.filter((f) => !found.some((g) => g.format === f.format)).map(
    (f) => f.format,
  );
  const summary = summarizeOutlets(merged, missing);
  return { index: buildSourceIndex(sourcesForIndex(merged.sources)), merged, summary };
}
