import { MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '../ingest/article-caps';

/** What an import did, for the person who ran it. */
export interface ImportSummary {
  file: string;
  linesRead: number;
  blankLines: number;
  imported: number;
  updated: number;
  /** Distinct stories the imported articles belong to. */
  stories: number;
  /** Articles that came without a story (placed by the clusterer when `clustered` is set). */
  withoutStory: number;
  /** Set when the import clustered those articles: how many, and how many stories merged. */
  clustered?: { articles: number; merges: number };
  /** Set when the import looked for wire copy: articles attributed to a wire, near-copies. */
  wires?: { attributed: number; duplicates: number };
  /** Articles matched to a catalog source. */
  matchedSources: number;
  /** Articles whose title or text was longer than the caps and was cut (ingest/article-caps.ts). */
  capped: number;
  rejected: Map<string, { count: number; firstLines: number[] }>;
  millis: number;
}

export const FIRST_LINES_KEPT = 5;

export function rejectedCount(summary: ImportSummary): number {
  let total = 0;
  for (const { count } of summary.rejected.values()) total += count;
  return total;
}

export function formatImportSummary(summary: ImportSummary): string {
  const lines = [
    `Imported ${summary.file} in ${(summary.millis / 1000).toFixed(1)} s`,
    `  lines read:        ${summary.linesRead}${summary.blankLines ? ` (${summary.blankLines} blank)` : ''}`,
    `  articles imported: ${summary.imported} new, ${summary.updated} updated`,
    `  matched to a catalog source: ${summary.matchedSources}`,
    `  stories:           ${summary.stories}`,
  ];
  if (summary.clustered) {
    const { articles, merges } = summary.clustered;
    lines.push(
      `  without a story:   ${summary.withoutStory} (${articles} placed in stories by the clusterer` +
        `${merges ? `, ${merges} stories merged` : ''})`,
    );
  } else if (summary.withoutStory > 0) {
    lines.push(`  without a story:   ${summary.withoutStory} (stored without a story)`);
  }
  if (summary.wires) {
    lines.push(
      `  wire copy:         ${summary.wires.attributed} attributed to a wire, ` +
        `${summary.wires.duplicates} near-copies of an earlier article`,
    );
  }
  if (summary.capped > 0) {
    lines.push(
      `  cut to the caps:   ${summary.capped} (title over ${MAX_TITLE_CHARS} or text over ${MAX_TEXT_CHARS} characters)`,
    );
  }
  const rejected = rejectedCount(summary);
  lines.push(`  rejected lines:    ${rejected}`);
  for (const [reason, { count, firstLines }] of summary.rejected) {
    const more = count > firstLines.length ? ', …' : '';
    lines.push(`    ${count} × ${reason} (line ${firstLines.join(', ')}${more})`);
  }
  return lines.join('\n');
}
