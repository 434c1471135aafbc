import { type RatingsImportSummary, rejectedRows } from './import-ratings';

/**
 * The summary an operator reads after `parallax sources import`. Rejected rows are listed by
 * line under their reason; `linesShown` caps each list (all of them with --all-rejected).
 */
export function formatRatingsSummary(summary: RatingsImportSummary, linesShown = 12): string {
  const lines = [
    `Imported ${summary.file} (${summary.format}) in ${(summary.millis / 1000).toFixed(1)} s`,
    `  rated on:          ${summary.ratedOn ?? 'unknown (give --rated-on YYYY-MM-DD)'}`,
    `  rows read:         ${summary.rowsRead}`,
    `  ratings stored:    ${summary.rowsUsed} (${summary.rowsOnCatalogSources} on catalog outlets)`,
    `  sources:           ${summary.sourcesCreated} created (uncurated), ${summary.sourcesUpdated} updated, ${summary.sourcesUnchanged} unchanged`,
    `  rows rejected:     ${rejectedRows(summary)}`,
  ];
  const byCount = [...summary.rejected].sort((a, b) => b[1].length - a[1].length);
  for (const [reason, rows] of byCount) {
    const shown = rows.slice(0, linesShown).join(', ');
    const more = rows.length > linesShown ? `, … ${rows.length - linesShown} more` : '';
    lines.push(`    ${rows.length} × ${reason}`, `        line ${shown}${more}`);
  }
  return lines.join('\n');
}
