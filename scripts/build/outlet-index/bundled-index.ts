import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledPortals, bundledSources } from '../../../core/bundled-catalog';
import { withPortalFlags } from '../../../core/catalog';
import { buildSourceIndex, type SourceIndex } from '../../../core/source-index';
import { buildOutletIndex, findRatingFiles } from '../../../server/ratings/build-outlet-index';
import {
  countryCount,
  formatOutletIndexSummary,
} from '../../../server/ratings/outlet-index-summary';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Where the rating files are by default: ../shared/data/ratings beside the project. */
export const DEFAULT_RATINGS_DIR = resolve(ROOT, '../shared/data/ratings');
/** Git-ignored: the generated index and its summary, for a person to read after a build. */
export const GENERATED_DIR = join(ROOT, '.generated');

export interface BundledIndexOptions {
  /** Default: PARALLAX_RATINGS_DIR, else ../shared/data/ratings. */
  ratingsDir?: string;
  /** Under CI a missing rating directory fails the build instead of shipping a thin index. */
  ci?: boolean;
  log?: (line: string) => void;
  /** Write .generated/outlet-index.json and -summary.txt (default true). */
  write?: boolean;
}

/**
 * The index the extension bundles: data/catalog.json merged with the rating files
 * (server/ratings/build-outlet-index.ts). The rating files are never committed, so this runs
 * at build time. Without them the build says so once and bundles the curated catalog alone;
 * under CI=true it fails instead, so that CI never ships a thin index by accident.
 */
export async function bundledIndex(options: BundledIndexOptions = {}): Promise<SourceIndex> {
  const ratingsDir = resolve(
    options.ratingsDir ?? process.env.PARALLAX_RATINGS_DIR ?? DEFAULT_RATINGS_DIR,
  );
  const ci = options.ci ?? process.env.CI === 'true';
  const log = options.log ?? ((line: string) => console.warn(line));
  if (findRatingFiles(ratingsDir).length === 0) {
    const message =
      `No rating files in ${ratingsDir}: the outlet index would hold only the ` +
      `${bundledSources.length} curated outlets of data/catalog.json. Put the files there or ` +
      'set PARALLAX_RATINGS_DIR to their directory.';
    if (ci) throw new Error(`${message} (CI=true: failing rather than shipping a thin index.)`);
    log(`Parallax: warning: ${message} Bundling the curated catalog only.`);
    return buildSourceIndex(withPortalFlags(bundledSources, bundledPortals));
  }
  const catalog = withPortalFlags(bundledSources, bundledPortals);
  const { index, summary } = await buildOutletIndex(catalog, ratingsDir);
  let where = '';
  if (options.write ?? true) {
    mkdirSync(GENERATED_DIR, { recursive: true });
    writeFileSync(join(GENERATED_DIR, 'outlet-index.json'), JSON.stringify(index));
    writeFileSync(
      join(GENERATED_DIR, 'outlet-index-summary.txt'),
      `${formatOutletIndexSummary(summary, Number.POSITIVE_INFINITY)}\n`,
    );
    where = '; summary in .generated/outlet-index-summary.txt';
  }
  log(
    `Parallax: outlet index of ${summary.ratedOutlets} rated outlets from ` +
      `${countryCount(summary)} countries, from ${ratingsDir}${where}`,
  );
  return index;
}
