import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundledPortals, bundledSources } from '../../core/bundled-catalog';
import { withPortalFlags } from '../../core/catalog';
import { indexEntryCount } from '../../core/source-index';
import { UserFacingError } from '../errors';
import { buildOutletIndex, findRatingFiles, INDEX_RATING_FILES } from './build-outlet-index';
import { formatOutletIndexSummary } from './outlet-index-summary';

export interface BuildIndexOptions {
  ratingsDir?: string;
  out?: string;
  all?: boolean;
}

/** Where the rating files are looked for when neither --ratings-dir nor the variable is set. */
export const DEFAULT_RATINGS_DIR = '../shared/data/ratings';

/**
 * `parallax sources build-index`: the outlet index the extension bundles, built from
 * data/catalog.json and the rating files, with its summary (counts by rater, country and
 * language; conflicts; rejects by reason). The same build `wxt build` runs.
 */
export async function buildIndexCommand(options: BuildIndexOptions): Promise<void> {
  const dir = resolve(
    options.ratingsDir ?? process.env.PARALLAX_RATINGS_DIR ?? DEFAULT_RATINGS_DIR,
  );
  if (findRatingFiles(dir).length === 0) {
    throw new UserFacingError(
      `No rating files in ${dir}. Expected files named like ` +
        `${INDEX_RATING_FILES.map((f) => f.pattern.source).join(', ')}; give their directory ` +
        'with --ratings-dir or PARALLAX_RATINGS_DIR.',
    );
  }
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  try {
    const { index, summary } = await buildOutletIndex(
      withPortalFlags(bundledSources, bundledPortals),
      dir,
      tty
        ? (file, rows) => process.stderr.write(`\r\x1b[K  reading ${file}: ${rows} rows…`)
        : undefined,
    );
    if (tty) process.stderr.write('\r\x1b[K');
    const json = JSON.stringify(index);
    console.log(formatOutletIndexSummary(summary, options.all ? Number.POSITIVE_INFINITY : 12));
    console.log(
      `\nIndex: ${indexEntryCount(index)} outlets, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB, ` +
        `${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzipped, built in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (options.out) {
      writeFileSync(options.out, json);
      console.log(`Wrote ${options.out}`);
    }
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
  }
}
